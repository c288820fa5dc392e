package io.threeds.client;

import java.time.Duration;

/** 400 (malformed JSON, unknown field, failed validation: see {@link #violations()}), 413 or 415. */
public class InvalidRequest extends GatewayProblem {
    public InvalidRequest(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
