package io.threeds.client;

import java.time.Duration;

/** 502 or 504: the provider answered with something unusable, or timed out. */
public class ProviderFailure extends GatewayProblem {
    public ProviderFailure(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
