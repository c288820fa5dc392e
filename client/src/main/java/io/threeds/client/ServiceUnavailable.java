package io.threeds.client;

import java.time.Duration;

/** 503: the provider (circuit open, bulkhead full) or the database is unavailable; see {@link #retryAfter()}. */
public class ServiceUnavailable extends GatewayProblem {
    public ServiceUnavailable(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
