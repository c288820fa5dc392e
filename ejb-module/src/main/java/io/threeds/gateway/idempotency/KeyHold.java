package io.threeds.gateway.idempotency;

/**
 * What a call asks of its merchant's Idempotency-Key: to hold it for the request whose canonical body has
 * this keyed digest, for the resource the call will create or concerns. {@link IdempotencyKeys#claim}
 * turns it into a {@link Claim} inside the transaction that opens the call's work.
 */
public record KeyHold(String merchantId, String operation, String key, String requestHash, String resourceId) {
}
