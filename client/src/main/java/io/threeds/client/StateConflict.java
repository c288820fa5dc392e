package io.threeds.client;

import java.time.Duration;

/** 409: the Idempotency-Key's first call is still running, or the resource's state forbids the call (authorising a DO_NOT_PROCEED result, an authorisation in progress or done). */
public class StateConflict extends GatewayProblem {
    public StateConflict(Problem problem, Duration retryAfter) {
        super(problem, retryAfter);
    }
}
