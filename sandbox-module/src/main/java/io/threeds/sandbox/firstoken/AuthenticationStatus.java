package io.threeds.sandbox.firstoken;

/**
 * {@code transaction_info.status} of enroll and validate, and the word that ends their message
 * ({@code "Check enroll successful, authentication failed"}). Successful covers U and the
 * {@code veres_enrolled U/B} results too (CyberSource's AUTHENTICATION_SUCCESSFUL, PROVIDERS.md §3.5):
 * the call says nothing about liability.
 */
enum AuthenticationStatus {
    SUCCESSFUL("Authentication_successful", "successful"),
    FAILED("Authentication_failed", "failed"),
    PENDING("Pending_authentication", "pending");

    private final String wireName;
    private final String word;

    AuthenticationStatus(String wireName, String word) {
        this.wireName = wireName;
        this.word = word;
    }

    String wireName() {
        return wireName;
    }

    /** {@code "<call> successful, authentication <word>"}. */
    String message(String call) {
        return call + " successful, authentication " + word;
    }
}
