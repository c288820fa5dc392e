package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.ShopperAnswer;

/** The simulated issuer behind Cardinal's lookup: decides each scenario's result. Pure: no state, no I/O. */
final class Issuer {

    private Issuer() {
    }

    static LookupOutcome lookup(VerifoneScenario scenario, CardBrand brand) {
        return switch (scenario) {
            case FRICTIONLESS_AUTHENTICATED, TIME_OUT -> LookupOutcome.authenticated(brand);
            case FRICTIONLESS_ATTEMPTED -> LookupOutcome.attempted(brand);
            case FRICTIONLESS_NOT_AUTHENTICATED -> LookupOutcome.notAuthenticated(brand, "N");
            case FRICTIONLESS_UNAVAILABLE -> LookupOutcome.notAuthenticated(brand, "U");
            case FRICTIONLESS_REJECTED -> LookupOutcome.notAuthenticated(brand, "R");
            case NOT_AVAILABLE_ON_LOOKUP -> LookupOutcome.notEnrolled(brand, "U");
            case ENROLLMENT_CHECK_ERROR -> LookupOutcome.enrollmentCheckError(brand);
            case BYPASSED_AUTHENTICATION -> LookupOutcome.notEnrolled(brand, "B");
            case CHALLENGE, CHALLENGE_FAILS, CHALLENGE_THEN_UNAVAILABLE -> LookupOutcome.challenge(brand);
        };
    }

    /** The result once the shopper answered the challenge. */
    static ChallengeOutcome answer(VerifoneScenario scenario, CardBrand brand, ShopperAnswer answer) {
        return switch (scenario) {
            case CHALLENGE_FAILS -> ChallengeOutcome.failed(brand);
            case CHALLENGE_THEN_UNAVAILABLE -> ChallengeOutcome.unavailable(brand);
            default -> switch (answer) {
                case CORRECT_CODE -> ChallengeOutcome.authenticated(brand);
                case WRONG_CODE -> ChallengeOutcome.failed(brand);
                case CANCEL -> ChallengeOutcome.canceled(brand);
            };
        };
    }
}
