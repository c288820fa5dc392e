package io.threeds.sandbox.paysafe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's enrollment checks, in memory, keyed by enrollment id and findable by their {@code xid}
 * (the ACS, the authorisation) and by the id of their authentication (its self link). The ACS's answer
 * and the PaRes validation change an enrollment atomically, so each happens once. The oldest checks,
 * with their authentications, are forgotten beyond {@code sandbox.paysafe.max-enrollments} (default
 * 100000), so that load runs cannot exhaust the heap.
 */
@ApplicationScoped
public class Enrollments {
    private final ConcurrentMap<String, Enrollment> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByXid = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByAuthentication = new ConcurrentHashMap<>();
    private final Queue<String> creationOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "sandbox.paysafe.max-enrollments", defaultValue = "100000")
    int maxEnrollments;

    void add(Enrollment enrollment) {
        byId.put(enrollment.id(), enrollment);
        if (enrollment.xid() != null) {
            idByXid.put(enrollment.xid(), enrollment.id());
        }
        creationOrder.add(enrollment.id());
        if (count.incrementAndGet() > maxEnrollments) {
            forgetOldest();
        }
    }

    Optional<Enrollment> find(String accountId, String enrollmentId) {
        return Optional.ofNullable(byId.get(enrollmentId))
                .filter(enrollment -> enrollment.accountId().equals(accountId));
    }

    Optional<Enrollment> findByXid(String xid) {
        return Optional.ofNullable(idByXid.get(xid)).map(byId::get);
    }

    Optional<Authentication> findAuthentication(String accountId, String authenticationId) {
        return Optional.ofNullable(idByAuthentication.get(authenticationId))
                .map(byId::get)
                .map(Enrollment::authentication)
                .filter(authentication -> authentication.accountId().equals(accountId));
    }

    /** Records that the ACS issued the PaRes of this enrollment; false when it already had, or the check is unknown. */
    boolean answerAcs(String enrollmentId) {
        AtomicBoolean answered = new AtomicBoolean();
        byId.computeIfPresent(enrollmentId, (id, enrollment) -> {
            if (enrollment.acsAnswered()) {
                return enrollment;
            }
            answered.set(true);
            return enrollment.withAcsAnswered();
        });
        return answered.get();
    }

    /** Stores the validation of the enrollment's PaRes; false when it already had one (G-P10), or is unknown. */
    boolean authenticate(Authentication authentication) {
        AtomicBoolean stored = new AtomicBoolean();
        byId.computeIfPresent(authentication.enrollmentId(), (id, enrollment) -> {
            if (enrollment.authentication() != null) {
                return enrollment;
            }
            stored.set(true);
            idByAuthentication.put(authentication.id(), id);
            return enrollment.with(authentication);
        });
        return stored.get();
    }

    private void forgetOldest() {
        String oldest = creationOrder.poll();
        if (oldest == null) {
            return;
        }
        count.decrementAndGet();
        Enrollment forgotten = byId.remove(oldest);
        if (forgotten == null) {
            return;
        }
        if (forgotten.xid() != null) {
            idByXid.remove(forgotten.xid());
        }
        if (forgotten.authentication() != null) {
            idByAuthentication.remove(forgotten.authentication().id());
        }
    }
}
