package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.intergiro.VerificationStep.ANTIFRAUD;
import static io.threeds.sandbox.intergiro.VerificationStep.CHALLENGE;
import static io.threeds.sandbox.intergiro.VerificationStep.METHOD;
import static io.threeds.sandbox.intergiro.VerificationStep.PARES;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ShopperAnswer;
import io.threeds.sandbox.TestCardScenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Intergiro does for a card: the browser steps of its authorization cycle, in order, and how the
 * ACS decides a challenge. After the last step the cycle ends with 201, unless a challenge or 3-D Secure
 * 1.0 step ended with a result other than Y or A ({@link VerificationFailed}). Chosen by SANDBOX.md's row of
 * the exact card number; any other card is {@link #METHOD_THEN_AUTHORIZED}.
 */
public enum IntergiroScenario {
    /** Method, then 201 (frictionless: the gateway can only infer Y). */
    METHOD_THEN_AUTHORIZED(null, null, null, METHOD),
    /** Method, then a challenge the ACS decides without the shopper: A, then 201. */
    METHOD_THEN_ACS_ATTEMPTS(TransStatus.A, null, null, METHOD, CHALLENGE),
    /** Method, then a challenge the ACS decides without the shopper: N, then the failed verification. */
    METHOD_THEN_ACS_NOT_AUTHENTICATED(TransStatus.N, null, null, METHOD, CHALLENGE),
    /** Method, then a challenge the ACS decides without the shopper: U, then the failed verification. */
    METHOD_THEN_ACS_UNAVAILABLE(TransStatus.U, null, null, METHOD, CHALLENGE),
    /** Method, then a challenge the ACS decides without the shopper: R, then the failed verification. */
    METHOD_THEN_ACS_REJECTS(TransStatus.R, null, null, METHOD, CHALLENGE),
    /** Method, then the one-time-code challenge: {@code 1234} Y (201), another code N, cancel U. */
    METHOD_THEN_CHALLENGE(null, TransStatus.Y, TransStatus.N, METHOD, CHALLENGE),
    /** Method, then a challenge that fails whatever the code (N; cancel U). */
    METHOD_THEN_CHALLENGE_FAILS(null, TransStatus.N, TransStatus.N, METHOD, CHALLENGE),
    /** Method, then a challenge that ends U whatever the shopper does. */
    METHOD_THEN_CHALLENGE_UNAVAILABLE(null, TransStatus.U, TransStatus.U, METHOD, CHALLENGE),
    /** The antifraud GET step, then the method with the card token as the card, then 201. */
    ANTIFRAUD_THEN_METHOD_THEN_AUTHORIZED(null, null, null, ANTIFRAUD, METHOD),
    /** 3-D Secure 1.0: the PaReq page with a one-time code, {@code 1234} Y (201), another code N, cancel U. */
    THREE_DS_1(null, TransStatus.Y, TransStatus.N, PARES),
    /** 201 on the first call, with no verification (the gateway reads U, not applicable). */
    AUTHORIZED_WITHOUT_VERIFICATION(null, null, null),
    /** The first POST answers after 15 seconds ({@link Authorizations}), then as {@link #METHOD_THEN_AUTHORIZED}. */
    SLOW_METHOD_THEN_AUTHORIZED(null, null, null, METHOD);

    private static final Map<TestCardScenario, IntergiroScenario> ROWS = Map.ofEntries(
            Map.entry(TestCardScenario.FRICTIONLESS_AUTHENTICATED, METHOD_THEN_AUTHORIZED),
            Map.entry(TestCardScenario.FRICTIONLESS_ATTEMPTED, METHOD_THEN_ACS_ATTEMPTS),
            Map.entry(TestCardScenario.FRICTIONLESS_NOT_AUTHENTICATED, METHOD_THEN_ACS_NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_UNAVAILABLE, METHOD_THEN_ACS_UNAVAILABLE),
            Map.entry(TestCardScenario.FRICTIONLESS_REJECTED, METHOD_THEN_ACS_REJECTS),
            Map.entry(TestCardScenario.CHALLENGE, METHOD_THEN_CHALLENGE),
            Map.entry(TestCardScenario.CHALLENGE_FAILS, METHOD_THEN_CHALLENGE_FAILS),
            Map.entry(TestCardScenario.CHALLENGE_THEN_UNAVAILABLE, METHOD_THEN_CHALLENGE_UNAVAILABLE),
            Map.entry(TestCardScenario.METHOD_THEN_FRICTIONLESS, METHOD_THEN_AUTHORIZED),
            Map.entry(TestCardScenario.METHOD_THEN_CHALLENGE, METHOD_THEN_CHALLENGE),
            Map.entry(TestCardScenario.DEVICE_STEP_THEN_FRICTIONLESS, ANTIFRAUD_THEN_METHOD_THEN_AUTHORIZED),
            Map.entry(TestCardScenario.THREE_DS_1, THREE_DS_1),
            Map.entry(TestCardScenario.ENROLLMENT_ERROR, AUTHORIZED_WITHOUT_VERIFICATION),
            Map.entry(TestCardScenario.ENROLLED_UNAVAILABLE, AUTHORIZED_WITHOUT_VERIFICATION),
            Map.entry(TestCardScenario.AUTHENTICATION_BYPASSED, AUTHORIZED_WITHOUT_VERIFICATION),
            Map.entry(TestCardScenario.REJECTED_WITH_CARDHOLDER_INFO, METHOD_THEN_ACS_REJECTS),
            Map.entry(TestCardScenario.SLOW_PROVIDER, SLOW_METHOD_THEN_AUTHORIZED));

    private final TransStatus acsDecision;
    private final TransStatus correctCode;
    private final TransStatus wrongCode;
    private final List<VerificationStep> steps;

    IntergiroScenario(TransStatus acsDecision, TransStatus correctCode, TransStatus wrongCode,
                      VerificationStep... steps) {
        this.acsDecision = acsDecision;
        this.correctCode = correctCode;
        this.wrongCode = wrongCode;
        this.steps = List.of(steps);
    }

    public static IntergiroScenario of(CardNumber card) {
        return forRow(TestCardScenario.of(card)).orElse(METHOD_THEN_AUTHORIZED);
    }

    /** How Intergiro expresses a row of SANDBOX.md's table; empty for {@link TestCardScenario#OTHER}. */
    static Optional<IntergiroScenario> forRow(TestCardScenario row) {
        return Optional.ofNullable(ROWS.get(row));
    }

    /** The browser steps, in order; empty when the first POST answers 201. */
    public List<VerificationStep> steps() {
        return steps;
    }

    /** The result the ACS decides on its own, without showing the shopper a page; empty for a code page. */
    Optional<TransStatus> acsDecision() {
        return Optional.ofNullable(acsDecision);
    }

    /** The result of the shopper's answer on the one-time-code page: cancel is always U. */
    TransStatus result(ShopperAnswer answer) {
        return switch (answer) {
            case CORRECT_CODE -> correctCode;
            case WRONG_CODE -> wrongCode;
            case CANCEL -> TransStatus.U;
        };
    }

    boolean answersSlowly() {
        return this == SLOW_METHOD_THEN_AUTHORIZED;
    }
}
