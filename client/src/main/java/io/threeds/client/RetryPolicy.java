package io.threeds.client;

import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Repeats a call that failed in a way a later attempt can fix: no connection or no answer
 * ({@link ProcessingException}), or a {@link GatewayProblem#retryable() retryable} problem (5xx, 429, an
 * Idempotency-Key whose first call is still running). It waits an exponential backoff
 * ({@code firstBackoff}, doubled per attempt, at most {@code maxBackoff}), or the gateway's
 * {@code Retry-After} when that is longer. Only requests that are safe to repeat belong here: reads, and
 * writes under one Idempotency-Key ({@link IdempotentRequests}).
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Waits between attempts; {@code Thread.sleep} outside tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 4 attempts, waiting 0.5, 1 and 2 s (or Retry-After) in between. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), d -> Thread.sleep(d.toMillis()));
    }

    public <T> T call(Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException failure) {
                Duration wait = delayAfter(attempt, failure).orElseThrow(() -> failure);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    /** How long to wait before attempt {@code attempt + 1}, or empty when the failure is final. */
    Optional<Duration> delayAfter(int attempt, RuntimeException failure) {
        if (attempt >= maxAttempts || !retryable(failure)) {
            return Optional.empty();
        }
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 30));
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        if (failure instanceof GatewayProblem problem && problem.retryAfter().isPresent()
                && problem.retryAfter().get().compareTo(backoff) > 0) {
            return problem.retryAfter();
        }
        return Optional.of(backoff);
    }

    private static boolean retryable(RuntimeException failure) {
        return failure instanceof ProcessingException
                || failure instanceof GatewayProblem problem && problem.retryable();
    }
}
