package io.threeds.gateway.authentication;

import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.persistence.Authentication;

/**
 * What a create's first transaction did with its Idempotency-Key: a replay ({@code claim.replay()}, nothing
 * else), a new attempt stored with the claim ({@code opened}), or a claim taken over from a call that died
 * after it had stored its attempt ({@code earlier}).
 */
public record Opening(Claim claim, NewAttempt opened, Authentication earlier) {
}
