package io.threeds.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An error answer of the gateway (API.md §6), thrown by the client's methods. The subtype says what kind of
 * problem it is; {@link #problem()} has the body, {@link #retryAfter()} the {@code Retry-After} header.
 */
public class GatewayProblem extends RuntimeException {
    private final transient Problem problem;
    private final transient Duration retryAfter;

    public GatewayProblem(Problem problem, Duration retryAfter) {
        super(problem.status() + " " + problem.type() + ": " + problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem type, a path under {@code /problems/} such as {@code /problems/validation}. */
    public String type() {
        return problem.type();
    }

    public int status() {
        return problem.status();
    }

    public String detail() {
        return problem.detail();
    }

    public List<Violation> violations() {
        return problem.violations() == null ? List.of() : problem.violations();
    }

    /** How long the gateway asked to wait before trying again (429, 503, an idempotency key in use). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Whether the same request (with the same Idempotency-Key) may succeed later: a server-side failure, a
     * rate limit, or the key's first call still running. A refusal of the request itself never is.
     */
    public boolean retryable() {
        return status() >= 500 || status() == 429 || (status() == 409 && "/problems/idempotency-key-in-use".equals(type()));
    }
}
