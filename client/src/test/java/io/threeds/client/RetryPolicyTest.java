package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final List<Duration> waits = new ArrayList<>();
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofMillis(1500), waits::add);

    static GatewayProblem problem(int status, String type, Duration retryAfter) {
        return new GatewayProblem(new Problem("/problems/" + type, "t", status, "d", null, null), retryAfter);
    }

    @Test
    void retriesAConnectionFailureWithExponentialBackoffUpToItsCap() {
        AtomicInteger calls = new AtomicInteger();
        String answer = policy.call(() -> {
            if (calls.incrementAndGet() < 4) {
                throw new ProcessingException(new ConnectException("Connection refused"));
            }
            return "created";
        });
        assertEquals("created", answer);
        assertEquals(4, calls.get());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1500)), waits);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        AtomicInteger calls = new AtomicInteger();
        GatewayProblem last = problem(503, "provider-unavailable", null);
        GatewayProblem thrown = assertThrows(GatewayProblem.class, () -> policy.call(() -> {
            calls.incrementAndGet();
            throw last;
        }));
        assertSame(last, thrown);
        assertEquals(4, calls.get());
        assertEquals(3, waits.size());
    }

    @Test
    void neverRepeatsARefusedRequest() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(GatewayProblem.class, () -> policy.call(() -> {
            calls.incrementAndGet();
            throw problem(422, "idempotency-key-reused", null);
        }));
        assertThrows(IllegalStateException.class, () -> policy.call(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a bug, not the network");
        }));
        assertEquals(2, calls.get());
        assertEquals(List.of(), waits);
    }

    @Test
    void honoursALongerRetryAfterOn429And503() {
        assertEquals(Duration.ofSeconds(7), policy.delayAfter(1, problem(429, "rate-limited", Duration.ofSeconds(7)))
                .orElseThrow());
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(3,
                problem(503, "provider-unavailable", Duration.ofSeconds(30))).orElseThrow());
        assertEquals(Duration.ofMillis(1000), policy.delayAfter(2,
                problem(503, "database-unavailable", Duration.ofMillis(200))).orElseThrow());
    }

    @Test
    void waitsForAnIdempotencyKeyStillInUse() {
        assertEquals(Duration.ofSeconds(12), policy.delayAfter(1,
                problem(409, "idempotency-key-in-use", Duration.ofSeconds(12))).orElseThrow());
        assertEquals(false, policy.delayAfter(1, problem(409, "already-authorized", null)).isPresent());
    }

    @Test
    void anInterruptedWaitEndsWithTheFailure() {
        RetryPolicy interrupted = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), d -> {
            throw new InterruptedException();
        });
        ProcessingException failure = new ProcessingException("reset");
        assertSame(failure, assertThrows(ProcessingException.class, () -> interrupted.call(() -> {
            throw failure;
        })));
        assertEquals(true, Thread.interrupted());
    }
}
