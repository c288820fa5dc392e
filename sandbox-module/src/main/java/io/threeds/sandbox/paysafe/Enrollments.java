package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
    @Inject
    @ConfigProperty(name = "sandbox.paysafe.max-enrollments", defaultValue = "100000")
    int maxEnrollments;

    private final ConcurrentMap<String, String> idByXid = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByAuthentication = new ConcurrentHashMap<>();
    private final Recent<Enrollment> byId = new Recent<>(() -> maxEnrollments, forgotten -> {
        if (forgotten.xid() != null) {
            idByXid.remove(forgotten.xid());
        }
        if (forgotten.authentication() != null) {
            idByAuthentication.remove(forgotten.authentication().id());
        }
    });

    void add(Enrollment enrollment) {
        if (enrollment.xid() != null) {
            idByXid.put(enrollment.xid(), enrollment.id());
        }
        byId.add(enrollment.id(), enrollment);
    }

    Optional<Enrollment> find(String accountId, String enrollmentId) {
        return byId.get(enrollmentId).filter(enrollment -> enrollment.accountId().equals(accountId));
    }

    Optional<Enrollment> findByXid(String xid) {
        return Optional.ofNullable(xid).map(idByXid::get).flatMap(byId::get);
    }

    Optional<Authentication> findAuthentication(String accountId, String authenticationId) {
        return Optional.ofNullable(authenticationId).map(idByAuthentication::get)
                .flatMap(byId::get)
                .map(Enrollment::authentication)
                .filter(authentication -> authentication.accountId().equals(accountId));
    }

    /** Records that the ACS issued the PaRes of this enrollment; false when it already had, or the check is unknown. */
    boolean answerAcs(String enrollmentId) {
        return byId.update(enrollmentId, enrollment -> !enrollment.acsAnswered(), Enrollment::withAcsAnswered)
                .isPresent();
    }

    /** Stores the validation of the enrollment's PaRes; false when it already had one (G-P10), or is unknown. */
    boolean authenticate(Authentication authentication) {
        return byId.update(authentication.enrollmentId(), enrollment -> enrollment.authentication() == null,
                enrollment -> {
                    idByAuthentication.put(authentication.id(), enrollment.id());
                    return enrollment.with(authentication);
                }).isPresent();
    }
}
