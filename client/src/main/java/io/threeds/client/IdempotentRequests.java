package io.threeds.client;

import java.util.UUID;

/**
 * The gateway's writes made safe to repeat: each call runs under one Idempotency-Key, and every retry of
 * the {@link RetryPolicy} sends that same key, so a lost answer never creates a second authentication or a
 * second payment. To survive the merchant's own crash, keep the key with the order before calling, and call
 * again with it.
 */
public final class IdempotentRequests {
    private final AuthenticationsApi api;
    private final RetryPolicy retries;

    public IdempotentRequests(AuthenticationsApi api, RetryPolicy retries) {
        this.api = api;
        this.retries = retries;
    }

    /** A new random key (a UUID), to store before the call. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public Authentication create(NewAuthentication request) {
        return create(newKey(), request);
    }

    public Authentication create(String idempotencyKey, NewAuthentication request) {
        return retries.call(() -> api.create(idempotencyKey, request));
    }

    public Authorization authorize(String authenticationId, boolean capture) {
        return authorize(newKey(), authenticationId, capture);
    }

    public Authorization authorize(String idempotencyKey, String authenticationId, boolean capture) {
        AuthorizationRequest request = new AuthorizationRequest(capture);
        return retries.call(() -> api.authorize(authenticationId, idempotencyKey, request));
    }
}
