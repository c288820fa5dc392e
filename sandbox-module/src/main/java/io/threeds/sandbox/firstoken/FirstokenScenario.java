package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.TestCardScenario;
import java.util.Map;

/**
 * What Firstoken's payer authentication does for a card: one constant per 3-D Secure flow its documents
 * name (PROVIDERS.md §3.5), plus the 3-D Secure 1.0 step-up of SANDBOX.md. The exact card number's
 * SANDBOX.md row decides; the older documents' Require Method URL card {@code 4000010000000001} comes
 * next; any other card is a successful frictionless authentication.
 */
public enum FirstokenScenario {
    /** Y, ECI 05 (02). */
    SUCCESSFUL_FRICTIONLESS,
    /** N, ECI 07 (00), reason 01. */
    UNSUCCESSFUL_FRICTIONLESS,
    /** A, ECI 06 (01). */
    ATTEMPTS_PROCESSING_FRICTIONLESS,
    /** U, ECI 07 (00), yet {@code Authentication_successful} as CyberSource reports it. */
    UNAVAILABLE_FRICTIONLESS,
    /** R, ECI 07 (00), reason 01: the seed's own flow. */
    REJECTED_FRICTIONLESS,
    /** {@code veres_enrolled U}, no {@code pares_status}, ECI 07 (00). */
    NOT_AVAILABLE_ON_LOOKUP,
    /** {@code veres_enrolled U}, no {@code pares_status}, ECI 07 (00). */
    ENROLLMENT_CHECK_ERROR,
    /** Setup answers late ({@link PayerAuthentication}), then as {@link #SUCCESSFUL_FRICTIONLESS}. */
    TIME_OUT,
    /** {@code veres_enrolled B}, no {@code pares_status}, ECI 07 (00). */
    BYPASSED_AUTHENTICATION,
    /** C, then code 1234 gives Y, another code N, cancel U. */
    SUCCESSFUL_STEP_UP,
    /** C, then N whatever the shopper does. */
    UNSUCCESSFUL_STEP_UP,
    /** C, then U whatever the shopper does. */
    UNAVAILABLE_STEP_UP,
    /** Y when device data was collected before enroll, else a step-up as {@link #SUCCESSFUL_STEP_UP}. */
    REQUIRE_METHOD_URL,
    /** C in 3-D Secure 1.0.2 (XID, no v2 ids), then as {@link #SUCCESSFUL_STEP_UP}. */
    THREE_DS_1_STEP_UP;

    private static final Map<TestCardScenario, FirstokenScenario> ROWS = Map.ofEntries(
            Map.entry(TestCardScenario.FRICTIONLESS_AUTHENTICATED, SUCCESSFUL_FRICTIONLESS),
            Map.entry(TestCardScenario.FRICTIONLESS_ATTEMPTED, ATTEMPTS_PROCESSING_FRICTIONLESS),
            Map.entry(TestCardScenario.FRICTIONLESS_NOT_AUTHENTICATED, UNSUCCESSFUL_FRICTIONLESS),
            Map.entry(TestCardScenario.FRICTIONLESS_UNAVAILABLE, UNAVAILABLE_FRICTIONLESS),
            Map.entry(TestCardScenario.FRICTIONLESS_REJECTED, REJECTED_FRICTIONLESS),
            Map.entry(TestCardScenario.CHALLENGE, SUCCESSFUL_STEP_UP),
            Map.entry(TestCardScenario.CHALLENGE_FAILS, UNSUCCESSFUL_STEP_UP),
            Map.entry(TestCardScenario.CHALLENGE_THEN_UNAVAILABLE, UNAVAILABLE_STEP_UP),
            Map.entry(TestCardScenario.METHOD_THEN_FRICTIONLESS, REQUIRE_METHOD_URL),
            Map.entry(TestCardScenario.METHOD_THEN_CHALLENGE, SUCCESSFUL_STEP_UP),
            Map.entry(TestCardScenario.DEVICE_STEP_THEN_FRICTIONLESS, SUCCESSFUL_FRICTIONLESS),
            Map.entry(TestCardScenario.THREE_DS_1, THREE_DS_1_STEP_UP),
            Map.entry(TestCardScenario.ENROLLMENT_ERROR, ENROLLMENT_CHECK_ERROR),
            Map.entry(TestCardScenario.ENROLLED_UNAVAILABLE, NOT_AVAILABLE_ON_LOOKUP),
            Map.entry(TestCardScenario.AUTHENTICATION_BYPASSED, BYPASSED_AUTHENTICATION),
            Map.entry(TestCardScenario.REJECTED_WITH_CARDHOLDER_INFO, REJECTED_FRICTIONLESS),
            Map.entry(TestCardScenario.SLOW_PROVIDER, TIME_OUT));

    /** PROVIDERS.md §3.5: the Require Method URL card of the older CyberSource pages. */
    private static final Map<String, FirstokenScenario> OLDER_TEST_CARDS = Map.of(
            "4000010000000001", REQUIRE_METHOD_URL);

    public static FirstokenScenario of(CardNumber card) {
        FirstokenScenario row = ROWS.get(TestCardScenario.of(card));
        return row != null ? row : OLDER_TEST_CARDS.getOrDefault(card.digits(), SUCCESSFUL_FRICTIONLESS);
    }
}
