package io.threeds.gateway.authentication;

/**
 * CDI event: the shopper's browser finished a provider's browser step and the authentication has its
 * final result. Fired synchronously inside the transaction that records the result, so an observer's
 * writes (the audit event) commit with it; observers with outside effects use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record ChallengeCompleted(String authenticationId, String merchantId, String provider, String transStatus,
                                 String flow, boolean liabilityShift, String actor) {
}
