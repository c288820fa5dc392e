package io.threeds.gateway.persistence;

/**
 * Where an authentication stands: waiting for its provider's first answer, for the shopper's browser,
 * or ended (completed with a result, failed without one, expired before the browser finished).
 */
public enum AuthenticationState {
    PROCESSING, PENDING_BROWSER, COMPLETED, FAILED, EXPIRED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == EXPIRED;
    }
}
