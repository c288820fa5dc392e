package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardBrand;

/**
 * How a challenge ended, as {@code payments.validated} reports it: Songbird's {@code Validated},
 * {@code ActionCode}, {@code ErrorNumber} and {@code ErrorDescription}, and the ACS's {@code PAResStatus},
 * {@code ECIFlag} and {@code CAVV} (Y only, else null).
 */
record ChallengeOutcome(boolean validated, String actionCode, int errorNumber, String errorDescription,
                        String paresStatus, String eciFlag, String cavv) {
    static final String SUCCESS = "SUCCESS";
    static final String FAILURE = "FAILURE";
    static final String NOACTION = "NOACTION";
    static final String ERROR = "ERROR";
    static final int CANCELED_BY_USER = 10011;

    static ChallengeOutcome authenticated(CardBrand brand) {
        return new ChallengeOutcome(true, SUCCESS, 0, "Success", "Y", brand.authenticatedEci(), Identifiers.cavv());
    }

    static ChallengeOutcome failed(CardBrand brand) {
        return new ChallengeOutcome(true, FAILURE, 0, "Success", "N", brand.notAuthenticatedEci(), null);
    }

    static ChallengeOutcome unavailable(CardBrand brand) {
        return new ChallengeOutcome(true, NOACTION, 0, "Success", "U", brand.notAuthenticatedEci(), null);
    }

    /** The exit button: Songbird's error 10011, the authentication left unavailable (U, SANDBOX.md). */
    static ChallengeOutcome canceled(CardBrand brand) {
        return new ChallengeOutcome(false, FAILURE, CANCELED_BY_USER, "Canceled by user", "U",
                brand.notAuthenticatedEci(), null);
    }
}
