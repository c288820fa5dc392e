package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.ShopperAnswer;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthenticationsTest {
    private static final Instant NOW = Instant.parse("2024-04-15T12:33:43Z");
    private final Authentications authentications = new Authentications();

    AuthenticationsTest() {
        authentications.maxEntries = 3;
    }

    @Test
    void recordsDeviceDataOnceForAKnownSession() {
        authentications.open(Session.open("ref-1"));
        assertFalse(authentications.session("ref-1").orElseThrow().hasDeviceData());
        assertTrue(authentications.collectDeviceData("ref-1", NOW.plusSeconds(1)));
        assertTrue(authentications.collectDeviceData("ref-1", NOW.plusSeconds(5)));
        assertEquals(NOW.plusSeconds(1), authentications.session("ref-1").orElseThrow().deviceDataCollectedAt());
        assertFalse(authentications.collectDeviceData("ref-2", NOW));
        assertFalse(authentications.collectDeviceData(null, NOW));
    }

    @Test
    void answersAStepUpOnceOnly() throws InterruptedException {
        authentications.add(stepUp("tx-1"));
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            ShopperAnswer answer = i % 2 == 0 ? ShopperAnswer.CORRECT_CODE : ShopperAnswer.WRONG_CODE;
            pool.execute(() -> authentications.answer("tx-1", answer).ifPresent(done -> answered.incrementAndGet()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, answered.get());
        assertTrue(authentications.stepUp("tx-1").orElseThrow().answered());
        assertTrue(authentications.answer("tx-1", ShopperAnswer.CANCEL).isEmpty());
        assertTrue(authentications.answer("tx-unknown", ShopperAnswer.CANCEL).isEmpty());
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        for (int i = 1; i <= 4; i++) {
            authentications.open(Session.open("ref-" + i));
            authentications.add(stepUp("tx-" + i));
        }
        assertTrue(authentications.session("ref-1").isEmpty());
        assertTrue(authentications.stepUp("tx-1").isEmpty());
        assertTrue(authentications.session("ref-4").isPresent());
        assertTrue(authentications.stepUp("tx-2").isPresent());
    }

    private static StepUp stepUp(String transactionId) {
        return new StepUp(transactionId, "ref", FirstokenScenario.SUCCESSFUL_STEP_UP, CardType.VISA,
                "************2503", new Amount("10.00", "MXN"), AuthenticationIds.version2(), "https://merchant.com/r",
                null);
    }
}
