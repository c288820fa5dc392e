package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ShopperAnswer;
import io.threeds.sandbox.TestCardScenario;
import java.util.Map;
import java.util.Optional;

/**
 * What Paysafe's 3-D Secure 1.0.2 does for a card, from SANDBOX.md's row of its exact number: the
 * enrollment check's {@code threeDEnrollment}, then for an enrolled card what the issuer's ACS does
 * with the shopper. 3-D Secure 1.0 has no frictionless flow: a "frictionless" row is an ACS page that
 * decides without asking and posts the PaRes back at once. Any card in no row is {@link #AUTHENTICATED}.
 */
public enum PaysafeScenario {
    /** Enrolled; the ACS authenticates without interaction: PaRes Y, ECI 05 (02). */
    AUTHENTICATED("Y", PaResStatus.Y),
    /** Enrolled; the ACS answers at once with an attempt: PaRes A, ECI 06 (01). */
    ATTEMPTED("Y", PaResStatus.A),
    /** Enrolled; the ACS answers at once: not authenticated, PaRes N. Also the R rows (3-D Secure 1.0 has no R). */
    NOT_AUTHENTICATED("Y", PaResStatus.N),
    /** Enrolled; the ACS answers at once that it cannot authenticate: PaRes U. */
    UNAVAILABLE("Y", PaResStatus.U),
    /** Enrolled; the ACS asks for the one-time code: {@code 1234} gives Y, another code N, cancel U. */
    CODE("Y", null),
    /** Enrolled; the ACS asks for the code and fails whatever the shopper does: N. */
    CODE_FAILS("Y", null),
    /** Enrolled; the ACS asks for the code, then cannot authenticate whatever the shopper does: U. */
    CODE_THEN_UNAVAILABLE("Y", null),
    /** The enrollment check cannot tell ({@code threeDEnrollment U}): no ACS, no PaReq. */
    ENROLLMENT_UNAVAILABLE("U", null),
    /** Not enrolled ({@code threeDEnrollment N}): no ACS, no PaReq. */
    NOT_ENROLLED("N", null),
    /** As {@link #AUTHENTICATED}, but the enrollment check answers only after {@link ThreeDSecureResource#SLOW_ANSWER}. */
    SLOW_AUTHENTICATED("Y", PaResStatus.Y);

    private static final Map<TestCardScenario, PaysafeScenario> ROWS = Map.ofEntries(
            Map.entry(TestCardScenario.FRICTIONLESS_AUTHENTICATED, AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_ATTEMPTED, ATTEMPTED),
            Map.entry(TestCardScenario.FRICTIONLESS_NOT_AUTHENTICATED, NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_UNAVAILABLE, UNAVAILABLE),
            Map.entry(TestCardScenario.FRICTIONLESS_REJECTED, NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.CHALLENGE, CODE),
            Map.entry(TestCardScenario.CHALLENGE_FAILS, CODE_FAILS),
            Map.entry(TestCardScenario.CHALLENGE_THEN_UNAVAILABLE, CODE_THEN_UNAVAILABLE),
            Map.entry(TestCardScenario.METHOD_THEN_FRICTIONLESS, AUTHENTICATED),
            Map.entry(TestCardScenario.METHOD_THEN_CHALLENGE, CODE),
            Map.entry(TestCardScenario.DEVICE_STEP_THEN_FRICTIONLESS, AUTHENTICATED),
            Map.entry(TestCardScenario.THREE_DS_1, CODE),
            Map.entry(TestCardScenario.ENROLLMENT_ERROR, ENROLLMENT_UNAVAILABLE),
            Map.entry(TestCardScenario.ENROLLED_UNAVAILABLE, ENROLLMENT_UNAVAILABLE),
            Map.entry(TestCardScenario.AUTHENTICATION_BYPASSED, NOT_ENROLLED),
            Map.entry(TestCardScenario.REJECTED_WITH_CARDHOLDER_INFO, NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.SLOW_PROVIDER, SLOW_AUTHENTICATED));

    private final String threeDEnrollment;
    private final PaResStatus withoutInteraction;

    PaysafeScenario(String threeDEnrollment, PaResStatus withoutInteraction) {
        this.threeDEnrollment = threeDEnrollment;
        this.withoutInteraction = withoutInteraction;
    }

    public static PaysafeScenario of(CardNumber card) {
        return forRow(TestCardScenario.of(card)).orElse(AUTHENTICATED);
    }

    /** How Paysafe expresses a row of SANDBOX.md's table; empty for {@link TestCardScenario#OTHER}. */
    static Optional<PaysafeScenario> forRow(TestCardScenario row) {
        return Optional.ofNullable(ROWS.get(row));
    }

    /** The enrollment check's {@code threeDEnrollment}: {@code Y}, {@code N} or {@code U}. */
    public String threeDEnrollment() {
        return threeDEnrollment;
    }

    /** Whether the card goes to the ACS (with a PaReq and an {@code acsURL}). */
    public boolean enrolled() {
        return "Y".equals(threeDEnrollment);
    }

    /** Whether the ACS shows its one-time-code page rather than answering at once. */
    public boolean asksForCode() {
        return enrolled() && withoutInteraction == null;
    }

    /** The PaRes status of an ACS that answers without asking the shopper. */
    public PaResStatus withoutInteraction() {
        if (withoutInteraction == null) {
            throw new IllegalStateException(this + " does not answer without interaction");
        }
        return withoutInteraction;
    }

    /** The PaRes status once the shopper answered the code page. */
    public PaResStatus answer(ShopperAnswer answer) {
        return switch (this) {
            case CODE -> switch (answer) {
                case CORRECT_CODE -> PaResStatus.Y;
                case WRONG_CODE -> PaResStatus.N;
                case CANCEL -> PaResStatus.U;
            };
            case CODE_FAILS -> PaResStatus.N;
            case CODE_THEN_UNAVAILABLE -> PaResStatus.U;
            default -> throw new IllegalStateException(this + " shows no code page");
        };
    }
}
