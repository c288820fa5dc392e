package io.threeds.sandbox.firstoken;

/**
 * A final 3-D Secure result as {@code consumer_auth_info} reports it, frictionless at enroll or after a
 * step-up at validate.
 *
 * @param veresEnrolled     {@code Y}, or {@code U}/{@code B} when the lookup gave no authentication
 * @param paresStatus       Y, A, N, U or R; {@code null} without an authentication ({@code veres_enrolled} U/B)
 * @param eciRaw            always present: 05/06/07, Mastercard 02/01/00
 * @param cavv              base64 of 20 bytes for Y and A, else {@code null}
 * @param commerceIndicator the scheme's indicator for Y and A, {@code internet} otherwise (G-F7)
 * @param reason            {@code signed_pares_status_reason} for N, R and U (G-F8), else {@code null}
 */
record AuthenticationResult(String veresEnrolled, String paresStatus, String eciRaw, String cavv,
                            String commerceIndicator, String reason) {
    /** EMV transStatusReason 01: card authentication failed (the seed's value for R). */
    static final String AUTHENTICATION_FAILED = "01";
    /** EMV transStatusReason 22: ACS technical issue, for an issuer that could not authenticate. */
    static final String ACS_TECHNICAL_ISSUE = "22";
    /** EMV transStatusReason 26: authentication attempted but not performed by the cardholder (cancel). */
    static final String NOT_PERFORMED_BY_CARDHOLDER = "26";

    static AuthenticationResult authenticated(CardType card) {
        return new AuthenticationResult("Y", "Y", card.brand().authenticatedEci(), Identifiers.cavv(),
                card.authenticatedIndicator(), null);
    }

    static AuthenticationResult attempted(CardType card) {
        return new AuthenticationResult("Y", "A", card.brand().attemptedEci(), Identifiers.cavv(),
                card.attemptedIndicator(), null);
    }

    /** N, R or U, with its reason. */
    static AuthenticationResult notAuthenticated(CardType card, String paresStatus, String reason) {
        return new AuthenticationResult("Y", paresStatus, card.brand().notAuthenticatedEci(), null,
                CardType.NOT_AUTHENTICATED, reason);
    }

    /** No authentication at all: the lookup answered {@code veres_enrolled} U or B. */
    static AuthenticationResult notEnrolled(CardType card, String veresEnrolled) {
        return new AuthenticationResult(veresEnrolled, null, card.brand().notAuthenticatedEci(), null,
                CardType.NOT_AUTHENTICATED, null);
    }

    /** {@code eci}, beside {@code eci_raw}, only for Y and A (G-F14). */
    String eci() {
        return "Y".equals(paresStatus) || "A".equals(paresStatus) ? eciRaw : null;
    }

    AuthenticationStatus status() {
        return "N".equals(paresStatus) || "R".equals(paresStatus)
                ? AuthenticationStatus.FAILED : AuthenticationStatus.SUCCESSFUL;
    }
}
