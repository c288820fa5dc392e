package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultControlTest {
    private final FaultControl faults = new FaultControl();

    @Test
    void failsExactlyTheNextRemainingCalls() {
        faults.arm("worldline", new SimulatedFault(503, 0, false, 2));
        assertEquals(503, faults.take("worldline").orElseThrow().status());
        assertEquals(503, faults.take("worldline").orElseThrow().status());
        assertTrue(faults.take("worldline").isEmpty());
    }

    @Test
    void keepsProvidersApart() {
        faults.arm("worldline", new SimulatedFault(500, 0, false, 1));
        assertTrue(faults.take("paysafe").isEmpty());
        assertTrue(faults.take("worldline").isPresent());
    }

    @Test
    void clearGoesBackToNormal() {
        faults.arm("worldline", new SimulatedFault(null, 0, true, 10));
        faults.clear("worldline");
        assertTrue(faults.take("worldline").isEmpty());
    }

    @Test
    void countsDownOnceUnderConcurrency() throws InterruptedException {
        faults.arm("worldline", new SimulatedFault(503, 0, false, 100));
        AtomicInteger hit = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> faults.take("worldline").ifPresent(fault -> hit.incrementAndGet()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(100, hit.get());
    }

    @Test
    void readsTheDocumentedBody() {
        SimulatedFault fault = SimulatedFault.from(RequestBody.parse(
                "{\"status\": 503, \"delayMs\": 250, \"malformed\": false, \"remaining\": 10}").orElseThrow());
        assertEquals(new SimulatedFault(503, 250, false, 10), fault);
    }

    @Test
    void defaultsToOneCallWithoutStatus() {
        SimulatedFault fault = SimulatedFault.from(RequestBody.parse("{\"malformed\": true}").orElseThrow());
        assertNull(fault.status());
        assertTrue(fault.malformed());
        assertEquals(1, fault.remaining());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedFault.from(RequestBody.parse("{\"status\": 42}").orElseThrow()));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedFault.from(RequestBody.parse("{\"remaining\": 0}").orElseThrow()));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedFault.from(RequestBody.parse("{\"delayMs\": \"soon\"}").orElseThrow()));
    }
}
