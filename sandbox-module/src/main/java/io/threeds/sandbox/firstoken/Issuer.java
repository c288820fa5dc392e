package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ShopperAnswer;
import java.util.Optional;

/**
 * The simulated issuer, with Cardinal's directory lookup in front of it: decides each scenario's result
 * at enroll and after the step-up. Pure: no state, no I/O.
 */
final class Issuer {

    private Issuer() {
    }

    /**
     * Enroll's result, or empty when the issuer asks for a step-up ({@code pares_status C}).
     *
     * @param deviceDataCollected whether Cardinal's device data collection reported this session before
     *                            enroll: the Require Method URL card steps up without it
     */
    static Optional<AuthenticationResult> enroll(FirstokenScenario scenario, CardType card,
                                                 boolean deviceDataCollected) {
        return Optional.ofNullable(switch (scenario) {
            case SUCCESSFUL_FRICTIONLESS, TIME_OUT -> AuthenticationResult.authenticated(card);
            case REQUIRE_METHOD_URL -> deviceDataCollected ? AuthenticationResult.authenticated(card) : null;
            case ATTEMPTS_PROCESSING_FRICTIONLESS -> AuthenticationResult.attempted(card);
            case UNSUCCESSFUL_FRICTIONLESS -> AuthenticationResult.notAuthenticated(card, "N",
                    AuthenticationResult.AUTHENTICATION_FAILED);
            case UNAVAILABLE_FRICTIONLESS -> AuthenticationResult.notAuthenticated(card, "U",
                    AuthenticationResult.ACS_TECHNICAL_ISSUE);
            case REJECTED_FRICTIONLESS -> AuthenticationResult.notAuthenticated(card, "R",
                    AuthenticationResult.AUTHENTICATION_FAILED);
            case NOT_AVAILABLE_ON_LOOKUP, ENROLLMENT_CHECK_ERROR -> AuthenticationResult.notEnrolled(card, "U");
            case BYPASSED_AUTHENTICATION -> AuthenticationResult.notEnrolled(card, "B");
            case SUCCESSFUL_STEP_UP, UNSUCCESSFUL_STEP_UP, UNAVAILABLE_STEP_UP, THREE_DS_1_STEP_UP -> null;
        });
    }

    /** The result once the shopper answered the step-up page. */
    static AuthenticationResult answer(FirstokenScenario scenario, CardType card, ShopperAnswer answer) {
        AuthenticationResult failed = AuthenticationResult.notAuthenticated(card, "N",
                AuthenticationResult.AUTHENTICATION_FAILED);
        return switch (scenario) {
            case UNSUCCESSFUL_STEP_UP -> failed;
            case UNAVAILABLE_STEP_UP -> AuthenticationResult.notAuthenticated(card, "U",
                    AuthenticationResult.ACS_TECHNICAL_ISSUE);
            default -> switch (answer) {
                case CORRECT_CODE -> AuthenticationResult.authenticated(card);
                case WRONG_CODE -> failed;
                case CANCEL -> AuthenticationResult.notAuthenticated(card, "U",
                        AuthenticationResult.NOT_PERFORMED_BY_CARDHOLDER);
            };
        };
    }

    /** 3-D Secure 1.0.2 for its card, no ACS when the lookup gave no authentication, else 2.2.0. */
    static AuthenticationIds ids(FirstokenScenario scenario) {
        return switch (scenario) {
            case THREE_DS_1_STEP_UP -> AuthenticationIds.version1();
            case NOT_AVAILABLE_ON_LOOKUP, ENROLLMENT_CHECK_ERROR, BYPASSED_AUTHENTICATION -> AuthenticationIds.lookupOnly();
            default -> AuthenticationIds.version2();
        };
    }
}
