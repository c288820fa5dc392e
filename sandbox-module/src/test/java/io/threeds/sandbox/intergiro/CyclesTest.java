package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CyclesTest {
    private final Fixture sandbox = new Fixture();
    private final Cycles cycles = sandbox.cycles;

    @Test
    void findsByIdTransactionAndXid() {
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000002503"));
        assertEquals(cycle, cycles.findByTransaction(cycle.ids().threeDSServerTransID()).orElseThrow());
        assertEquals(cycle, cycles.findByXid(cycle.ids().xid()).orElseThrow());
        assertTrue(cycles.findByTransaction("unknown").isEmpty());
        assertTrue(cycles.findByXid(null).isEmpty());
    }

    @Test
    void keepsNoCycleThatEndedAtOnce() {
        cycles.maxCycles = 1;
        Cycle pending = sandbox.cycle(sandbox.post("4000000000002503"));
        assertEquals(201, sandbox.post("4000000000002446").status());
        assertEquals(pending, sandbox.now(pending), "a stored 201 would have pushed the pending cycle out");
    }

    @Test
    void refusesAnUnknownIdAsInvalid() {
        Round round = cycles.answer("g44QVj3iQXiElrUa", cycle -> {
            throw new AssertionError("no cycle to play on");
        });
        assertEquals("invalid id", round.refusal().error());
    }

    @Test
    void decidesAChallengeOnceOnly() throws InterruptedException {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod("4000000000002503"));
        AtomicInteger decided = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            TransStatus result = i % 2 == 0 ? TransStatus.Y : TransStatus.N;
            pool.execute(() -> cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> result)
                    .ifPresent(done -> decided.incrementAndGet()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, decided.get());
    }

    @Test
    void decidesOnlyThePendingStep() {
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000002503"));
        assertTrue(cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> TransStatus.Y).isEmpty());
        assertTrue(cycles.decide("unknown", VerificationStep.METHOD, pending -> TransStatus.Y).isEmpty());
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        cycles.maxCycles = 3;
        Cycle first = sandbox.cycle(sandbox.post("4000000000002503"));
        for (int i = 0; i < 3; i++) {
            sandbox.post("4000000000002701");
        }
        assertTrue(cycles.findByTransaction(first.ids().threeDSServerTransID()).isEmpty());
        assertTrue(cycles.findByXid(first.ids().xid()).isEmpty());
    }
}
