package io.threeds.client;

import java.time.Duration;

/** 401: the API key is missing, unknown, expired or revoked. */
public class CredentialsRefused extends GatewayProblem {
    public CredentialsRefused(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
