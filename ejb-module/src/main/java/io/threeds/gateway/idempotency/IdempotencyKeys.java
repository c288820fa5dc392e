package io.threeds.gateway.idempotency;

import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.persistence.IdempotencyRecord;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims, completes and releases idempotency keys. The stored answer is encrypted: a 201 carries the
 * authentication value and the hosted page's token, which may only be stored encrypted.
 *
 * <p>A claim holds a lease ({@code threeds.call.lease-seconds}, a little over what one call may take
 * with its provider calls). While it runs, the same key is 409 with {@code Retry-After}; a claim whose
 * lease lapsed belonged to a call that died with its server, and a retry takes it over (IETF
 * Idempotency-Key draft; Stripe's semantics): it continues with the same resource, never a second one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {
    @Inject
    FieldCipher cipher;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "threeds.idempotency.ttl-hours", defaultValue = "24")
    int ttlHours;

    @Inject
    @ConfigProperty(name = "threeds.call.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    /**
     * Claims the key in the caller's transaction (its own when there is none), so that a call can claim it
     * with the first work it stores and both commit, or neither. Two calls inserting the same new key: the
     * unique constraint fails the second, whose whole transaction is then rolled back (PostgreSQL has
     * aborted it already), and it is 409 in use. The hold's {@code resourceId} is kept with the claim; a
     * call that takes the claim over later continues with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Claim claim(KeyHold hold) {
        IdempotencyRecord existing = em.createNamedQuery("IdempotencyRecord.find", IdempotencyRecord.class)
                .setParameter("merchant", hold.merchantId()).setParameter("operation", hold.operation())
                .setParameter("key", hold.key()).getResultStream().findFirst().orElse(null);
        LocalDateTime now = Utc.now();
        if (existing != null && existing.getExpiresAt().isBefore(now)) {
            em.remove(existing);
            em.flush();
            existing = null;
        }
        if (existing != null) {
            if (!existing.getRequestHash().equals(hold.requestHash())) {
                throw new GatewayException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used with a different request body");
            }
            if (IdempotencyRecord.IN_PROGRESS.equals(existing.getState())) {
                return takeOver(existing, now);
            }
            return new Claim(existing.getId(), existing.getGeneration(), true, false, existing.getResponseStatus(),
                    cipher.decrypt(EncryptedColumn.IDEMPOTENT_ANSWER, existing.getId(),
                            existing.getResponseBody()), existing.getResourceId());
        }
        IdempotencyRecord claimed = new IdempotencyRecord(UUID.randomUUID().toString(), hold.merchantId(),
                hold.operation(), hold.key(), hold.requestHash(), hold.resourceId(), now, now.plusSeconds(leaseSeconds),
                now.plusHours(ttlHours));
        try {
            em.persist(claimed);
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            throw inUse(leaseSeconds);
        }
        return new Claim(claimed.getId(), 0, false, false, null, null, hold.resourceId());
    }

    /**
     * Stores the answer, unless another call took the claim over meanwhile (then its answer stands); in the
     * caller's transaction, so that the answer commits with the outcome it reports.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void complete(Claim claim, int status, String body) {
        em.createNamedQuery("IdempotencyRecord.complete").setParameter("id", claim.recordId())
                .setParameter("generation", claim.generation()).setParameter("status", status)
                .setParameter("body", cipher.encrypt(EncryptedColumn.IDEMPOTENT_ANSWER, claim.recordId(), body)).executeUpdate();
    }

    /** Forgets a claim whose call failed before it had an answer worth replaying, so the key can be retried. */
    public void release(Claim claim) {
        em.createNamedQuery("IdempotencyRecord.release").setParameter("id", claim.recordId())
                .setParameter("generation", claim.generation()).executeUpdate();
    }

    /**
     * Deletes every record past its TTL ({@code threeds.idempotency.ttl-hours}), audited: a stored answer is
     * kept no longer than a retry may come (its secrets were never stored with it, see the web layer's replay).
     */
    public int purgeExpired() {
        LocalDateTime now = Utc.now();
        int purged = em.createNamedQuery("IdempotencyRecord.expired").setParameter("now", now).executeUpdate();
        if (purged > 0) {
            audit.append(new AuditEntry("idempotency_records.purged", Caller.system().actor(), "system", null, null,
                    "PURGED", Map.of("count", String.valueOf(purged), "expiredBefore", now.toString())));
        }
        return purged;
    }

    /** A running claim is 409; one whose lease lapsed is this call's now, one conditional update deciding races. */
    private Claim takeOver(IdempotencyRecord running, LocalDateTime now) {
        if (!running.getLeaseUntil().isBefore(now)) {
            throw inUse(Math.max(1, Duration.between(now, running.getLeaseUntil()).toSeconds() + 1));
        }
        int taken = em.createNamedQuery("IdempotencyRecord.takeOver").setParameter("id", running.getId())
                .setParameter("generation", running.getGeneration()).setParameter("now", now)
                .setParameter("leaseUntil", now.plusSeconds(leaseSeconds)).executeUpdate();
        if (taken == 0) {
            throw inUse(leaseSeconds);
        }
        return new Claim(running.getId(), running.getGeneration() + 1, false, true, null, null,
                running.getResourceId());
    }

    private static GatewayException inUse(long retryAfterSeconds) {
        return new GatewayException(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "a request with this Idempotency-Key is still being processed")
                .with("retryAfter", String.valueOf(retryAfterSeconds));
    }
}
