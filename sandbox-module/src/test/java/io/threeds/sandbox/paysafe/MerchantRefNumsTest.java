package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MerchantRefNumsTest {
    private final MerchantRefNums refs = new MerchantRefNums();

    MerchantRefNumsTest() {
        refs.maxMerchantRefNums = 3;
    }

    @Test
    void aReferenceServesOneRequestOnly() {
        assertTrue(refs.claim("merchantABC-123-authentications"));
        assertFalse(refs.claim("merchantABC-123-authentications"));
        assertTrue(refs.claim("merchantABC-124-authentications"));
    }

    @Test
    void oneOfConcurrentRequestsGetsIt() throws InterruptedException {
        AtomicInteger claimed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            pool.execute(() -> {
                if (refs.claim("same")) {
                    claimed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, claimed.get());
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        for (String ref : new String[]{"a", "b", "c", "d"}) {
            assertTrue(refs.claim(ref));
        }
        assertTrue(refs.claim("a"), "forgotten");
        assertFalse(refs.claim("d"));
    }
}
