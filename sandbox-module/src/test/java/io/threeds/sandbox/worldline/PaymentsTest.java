package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.ShopperAnswer;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PaymentsTest {
    private final Payments payments = new Payments();

    PaymentsTest() {
        payments.maxPayments = 3;
    }

    @Test
    void issuesThirtyDigitIdsWithTheMerchantId() {
        String id = payments.nextId("70417");
        assertTrue(id.matches("\\d{30}"), id);
        assertTrue(id.startsWith("0000070417"));
        assertTrue(id.endsWith("0000100001"));
        assertNotEquals(id, payments.nextId("70417"));
        assertTrue(payments.nextId("merchant-x").matches("0{10}\\d{20}"));
    }

    @Test
    void findsByMerchantAndRedirect() {
        Payment payment = SeedRequest.payment("4000000000002503");
        payments.add(payment);
        assertEquals(payment, payments.find("70417", payment.id()).orElseThrow());
        assertTrue(payments.find("70418", payment.id()).isEmpty());
        assertEquals(payment, payments.findByRedirect(payment.redirect().id()).orElseThrow());
    }

    @Test
    void completesARedirectOnceOnly() throws InterruptedException {
        Payment payment = SeedRequest.payment("4000000000002503");
        payments.add(payment);
        AtomicInteger completed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            pool.execute(() -> payments.complete(payment.redirect().id(), p -> p.with(
                    Issuer.answer(p, ShopperAnswer.CORRECT_CODE, Instant.now())))
                    .ifPresent(done -> completed.incrementAndGet()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, completed.get());
        assertEquals(PaymentStatus.PENDING_APPROVAL,
                payments.find("70417", payment.id()).orElseThrow().outcome().status());
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        Payment first = SeedRequest.payment("4000000000002503");
        payments.add(first);
        for (int i = 0; i < 3; i++) {
            Payment next = SeedRequest.payment("4000000000002701");
            payments.add(new Payment(payments.nextId("70417"), "70417", next.externalReference(), next.order(),
                    next.scenario(), next.ids(), next.redirect(), next.outcome()));
        }
        assertTrue(payments.find("70417", first.id()).isEmpty());
        assertTrue(payments.findByRedirect(first.redirect().id()).isEmpty());
    }
}
