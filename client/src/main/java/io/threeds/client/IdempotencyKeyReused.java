package io.threeds.client;

import java.time.Duration;

/** 422: the Idempotency-Key was used before with another body. */
public class IdempotencyKeyReused extends GatewayProblem {
    public IdempotencyKeyReused(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
