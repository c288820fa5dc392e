package io.threeds.client;

import java.time.Duration;

/** 404: no such resource, or another merchant's. */
public class ResourceNotFound extends GatewayProblem {
    public ResourceNotFound(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
