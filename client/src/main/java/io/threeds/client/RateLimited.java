package io.threeds.client;

import java.time.Duration;

/** 429: over the caller's per-minute limit; {@link #retryAfter()} says when to try again. */
public class RateLimited extends GatewayProblem {
    public RateLimited(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
