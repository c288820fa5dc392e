package io.threeds.client;

import java.time.Duration;

/** 403: the caller's role may not call this operation. */
public class OperationForbidden extends GatewayProblem {
    public OperationForbidden(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
