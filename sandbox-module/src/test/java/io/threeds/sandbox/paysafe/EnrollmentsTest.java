package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class EnrollmentsTest {
    private final Enrollments enrollments = new Enrollments();

    EnrollmentsTest() {
        enrollments.maxEnrollments = 3;
    }

    @Test
    void findsByAccountAndXid() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002503");
        enrollments.add(enrollment);
        assertEquals(enrollment, enrollments.find(Fixtures.ACCOUNT, enrollment.id()).orElseThrow());
        assertTrue(enrollments.find("89996498", enrollment.id()).isEmpty(), "another account's");
        assertEquals(enrollment, enrollments.findByXid(enrollment.xid()).orElseThrow());
        assertTrue(enrollments.findByXid("unknown").isEmpty());
    }

    @Test
    void theAcsAnswersOnce() throws InterruptedException {
        Enrollment enrollment = Fixtures.enrollment("4000000000002503");
        enrollments.add(enrollment);
        assertEquals(1, racing(() -> enrollments.answerAcs(enrollment.id())));
        assertTrue(enrollments.find(Fixtures.ACCOUNT, enrollment.id()).orElseThrow().acsAnswered());
        assertFalse(enrollments.answerAcs("unknown"));
    }

    @Test
    void aPaResIsValidatedOnceAndFoundByItsSelfLink() throws InterruptedException {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        enrollments.add(enrollment);
        String paRes = Fixtures.paRes(enrollment, PaResStatus.Y);
        AtomicInteger attempt = new AtomicInteger();
        assertEquals(1, racing(() -> enrollments.authenticate(Authentication.validate(enrollment,
                "ref-" + attempt.incrementAndGet(), paRes, Fixtures.SIGNATURE, Fixtures.NOW))));
        Authentication stored = enrollments.find(Fixtures.ACCOUNT, enrollment.id()).orElseThrow().authentication();
        assertEquals(stored, enrollments.findAuthentication(Fixtures.ACCOUNT, stored.id()).orElseThrow());
        assertTrue(enrollments.findAuthentication("89996498", stored.id()).isEmpty());
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        Enrollment first = Fixtures.enrollment("4000000000002701");
        enrollments.add(first);
        Authentication authentication = Authentication.validate(first, "ref", Fixtures.paRes(first, PaResStatus.Y),
                Fixtures.SIGNATURE, Fixtures.NOW);
        assertTrue(enrollments.authenticate(authentication));
        for (int i = 0; i < 3; i++) {
            enrollments.add(Fixtures.enrollment("4000000000002701"));
        }
        assertTrue(enrollments.find(Fixtures.ACCOUNT, first.id()).isEmpty());
        assertTrue(enrollments.findByXid(first.xid()).isEmpty());
        assertTrue(enrollments.findAuthentication(Fixtures.ACCOUNT, authentication.id()).isEmpty());
    }

    /** How many of 20 concurrent calls succeeded. */
    private static int racing(BooleanSupplier call) throws InterruptedException {
        AtomicInteger succeeded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            pool.execute(() -> {
                if (call.getAsBoolean()) {
                    succeeded.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        return succeeded.get();
    }
}
