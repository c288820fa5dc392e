package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardBrand;

/**
 * The issuer's answer to a lookup, as the response's fields: {@code enrolled}, {@code pares_status} (blank
 * when no authentication took place), {@code eci_flag}, {@code cavv} (Y and A only, else null),
 * {@code signature_verification}, {@code error_no} and {@code error_desc}.
 */
record LookupOutcome(String enrolled, String paresStatus, String eciFlag, String cavv, String signatureVerification,
                     String errorNo, String errorDesc) {
    static final String NO_ERROR = "0";
    static final String SUCCESS = "Success";
    /** The lookup's own error number for an enrollment check the directory could not answer. */
    static final String ENROLLMENT_CHECK_ERROR = "1001";

    static LookupOutcome authenticated(CardBrand brand) {
        return new LookupOutcome("Y", "Y", brand.authenticatedEci(), Identifiers.cavv(), "Y", NO_ERROR, SUCCESS);
    }

    static LookupOutcome attempted(CardBrand brand) {
        return new LookupOutcome("Y", "A", brand.attemptedEci(), Identifiers.cavv(), "Y", NO_ERROR, SUCCESS);
    }

    /** N, U or R after an authentication. */
    static LookupOutcome notAuthenticated(CardBrand brand, String paresStatus) {
        return new LookupOutcome("Y", paresStatus, brand.notAuthenticatedEci(), null, "Y", NO_ERROR, SUCCESS);
    }

    /** C: the issuer wants a challenge. */
    static LookupOutcome challenge(CardBrand brand) {
        return new LookupOutcome("Y", "C", brand.notAuthenticatedEci(), null, "Y", NO_ERROR, SUCCESS);
    }

    /** {@code enrolled} U or B: no authentication, hence no signed PARes to verify. */
    static LookupOutcome notEnrolled(CardBrand brand, String enrolled) {
        return new LookupOutcome(enrolled, "", brand.notAuthenticatedEci(), null, "N", NO_ERROR, SUCCESS);
    }

    static LookupOutcome enrollmentCheckError(CardBrand brand) {
        return new LookupOutcome("U", "", brand.notAuthenticatedEci(), null, "N", ENROLLMENT_CHECK_ERROR,
                "Error processing the enrollment check");
    }

    boolean challengeRequired() {
        return "C".equals(paresStatus);
    }

    /** Whether an ACS answered (enrolled Y): only then are there directory server and ACS ids. */
    boolean authenticationAttempted() {
        return "Y".equals(enrolled);
    }
}
