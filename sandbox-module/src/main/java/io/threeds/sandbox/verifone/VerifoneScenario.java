package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.TestCardScenario;
import java.util.Map;

/**
 * What Cardinal, behind Verifone's 3-D Secure service, does for a card (PROVIDERS.md §1.8: Cardinal's test
 * flows, as at firstoken). The exact card number's SANDBOX.md row decides; any other card is a successful
 * frictionless authentication.
 */
public enum VerifoneScenario {
    /** {@code enrolled Y}, Y, ECI 05 (02), CAVV. */
    FRICTIONLESS_AUTHENTICATED,
    /** {@code enrolled Y}, A, ECI 06 (01), CAVV. */
    FRICTIONLESS_ATTEMPTED,
    /** {@code enrolled Y}, N, ECI 07 (00). */
    FRICTIONLESS_NOT_AUTHENTICATED,
    /** {@code enrolled Y}, U, ECI 07 (00). */
    FRICTIONLESS_UNAVAILABLE,
    /** {@code enrolled Y}, R, ECI 07 (00). */
    FRICTIONLESS_REJECTED,
    /** {@code enrolled U}, blank {@code pares_status}, ECI 07 (00). */
    NOT_AVAILABLE_ON_LOOKUP,
    /** As {@link #NOT_AVAILABLE_ON_LOOKUP}, with {@code error_no "1001"}. */
    ENROLLMENT_CHECK_ERROR,
    /** {@code enrolled B}, blank {@code pares_status}, ECI 07 (00). */
    BYPASSED_AUTHENTICATION,
    /** C; then code 1234 gives Y, another code N, the exit button FAILURE 10011. */
    CHALLENGE,
    /** C; then N whatever the shopper does. */
    CHALLENGE_FAILS,
    /** C; then U ({@code NOACTION}) whatever the shopper does. */
    CHALLENGE_THEN_UNAVAILABLE,
    /** The lookup answers late ({@link ThreeDSecureService}), then as {@link #FRICTIONLESS_AUTHENTICATED}. */
    TIME_OUT;

    private static final Map<TestCardScenario, VerifoneScenario> ROWS = Map.ofEntries(
            Map.entry(TestCardScenario.FRICTIONLESS_AUTHENTICATED, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_ATTEMPTED, FRICTIONLESS_ATTEMPTED),
            Map.entry(TestCardScenario.FRICTIONLESS_NOT_AUTHENTICATED, FRICTIONLESS_NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_UNAVAILABLE, FRICTIONLESS_UNAVAILABLE),
            Map.entry(TestCardScenario.FRICTIONLESS_REJECTED, FRICTIONLESS_REJECTED),
            Map.entry(TestCardScenario.CHALLENGE, CHALLENGE),
            Map.entry(TestCardScenario.CHALLENGE_FAILS, CHALLENGE_FAILS),
            Map.entry(TestCardScenario.CHALLENGE_THEN_UNAVAILABLE, CHALLENGE_THEN_UNAVAILABLE),
            Map.entry(TestCardScenario.METHOD_THEN_FRICTIONLESS, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.METHOD_THEN_CHALLENGE, CHALLENGE),
            Map.entry(TestCardScenario.DEVICE_STEP_THEN_FRICTIONLESS, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.THREE_DS_1, CHALLENGE),
            Map.entry(TestCardScenario.ENROLLMENT_ERROR, ENROLLMENT_CHECK_ERROR),
            Map.entry(TestCardScenario.ENROLLED_UNAVAILABLE, NOT_AVAILABLE_ON_LOOKUP),
            Map.entry(TestCardScenario.AUTHENTICATION_BYPASSED, BYPASSED_AUTHENTICATION),
            Map.entry(TestCardScenario.REJECTED_WITH_CARDHOLDER_INFO, FRICTIONLESS_REJECTED),
            Map.entry(TestCardScenario.SLOW_PROVIDER, TIME_OUT));

    public static VerifoneScenario of(CardNumber card) {
        return ROWS.getOrDefault(TestCardScenario.of(card), FRICTIONLESS_AUTHENTICATED);
    }
}
