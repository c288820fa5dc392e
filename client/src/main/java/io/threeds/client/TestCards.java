package io.threeds.client;

/**
 * The sandbox's test cards (SANDBOX.md): every provider honours every one. Any future expiry; on a
 * challenge page the code {@link #CHALLENGE_CODE} succeeds, anything else fails.
 */
public final class TestCards {
    /** The one-time code that passes the simulators' challenge pages. */
    public static final String CHALLENGE_CODE = "1234";

    /** Frictionless, authenticated: Y, ECI 05 (Mastercard 02), liability shift. */
    public static final String FRICTIONLESS_AUTHENTICATED = "4000000000002701";
    /** Frictionless, attempts processing: A, ECI 06 (01), liability shift. */
    public static final String FRICTIONLESS_ATTEMPTED = "4000000000002719";
    /** Frictionless, not authenticated: N, ECI 07 (00). */
    public static final String FRICTIONLESS_NOT_AUTHENTICATED = "4000000000002925";
    /** Frictionless, authentication unavailable: U. */
    public static final String FRICTIONLESS_UNAVAILABLE = "4000000000002313";
    /** Frictionless, rejected by the issuer: R. */
    public static final String FRICTIONLESS_REJECTED = "4000000000002537";
    /** Challenge: the code 1234 gives Y, any other N, cancel U. */
    public static final String CHALLENGE = "4000000000002503";
    /** A challenge that always fails: N. */
    public static final String CHALLENGE_FAILS = "4000000000002370";
    /** A challenge, then authentication unavailable: U. */
    public static final String CHALLENGE_THEN_UNAVAILABLE = "4000000000002420";
    /** 3DS Method (device data collection), then frictionless Y. */
    public static final String METHOD_THEN_FRICTIONLESS = "4000100000000000";
    /** 3DS Method, then a challenge: 1234 gives Y. */
    public static final String METHOD_THEN_CHALLENGE = "4111111111111111";
    /** An antifraud or device step first, then frictionless Y. */
    public static final String DEVICE_STEP_THEN_FRICTIONLESS = "4000000000010001";
    /** The 3-D Secure 1.0.2 flow (PaReq, PaRes, XID): 1234 gives Y. */
    public static final String THREEDS1 = "4000000000000002";
    /** Enrollment check error: U. */
    public static final String ENROLLMENT_ERROR = "4000000000002446";
    /** Authentication not available on lookup (enrolled U): U. */
    public static final String NOT_AVAILABLE_ON_LOOKUP = "4000000000002990";
    /** Authentication bypassed (enrolled B): U. */
    public static final String BYPASSED = "4000000000002560";
    /** Rejected with a message for the cardholder (cardholderInfo): R. */
    public static final String REJECTED_WITH_CARDHOLDER_INFO = "4000000000055550";
    /** The provider answers only after 15 seconds: the gateway times out, E, state FAILED. */
    public static final String PROVIDER_TIMEOUT = "4000000000002354";
    /** Frictionless, authenticated (the worldline seed's example): Y. */
    public static final String FRICTIONLESS_AUTHENTICATED_WORLDLINE_SEED = "4012000033330026";
    /** Mastercard twin of {@link #FRICTIONLESS_AUTHENTICATED}. */
    public static final String MASTERCARD_FRICTIONLESS_AUTHENTICATED = "5200000000052701";
    /** Mastercard twin of {@link #CHALLENGE}. */
    public static final String MASTERCARD_CHALLENGE = "5200000000052503";
    /** Mastercard twin of {@link #FRICTIONLESS_NOT_AUTHENTICATED}. */
    public static final String MASTERCARD_FRICTIONLESS_NOT_AUTHENTICATED = "5200000000052925";
    /** Mastercard twin of {@link #FRICTIONLESS_REJECTED}. */
    public static final String MASTERCARD_FRICTIONLESS_REJECTED = "5200000000052537";

    private TestCards() {
    }
}
