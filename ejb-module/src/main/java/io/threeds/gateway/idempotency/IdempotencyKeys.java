package io.threeds.gateway.idempotency;

import io.threeds.gateway.Utc;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.persistence.IdempotencyRecord;
import io.threeds.gateway.problem.GatewayException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims, completes and releases idempotency keys. The stored answer is encrypted: a 201 carries the
 * authentication value and the hosted page's token, which may only be stored encrypted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyKeys {
    @Inject
    FieldCipher cipher;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "threeds.idempotency.ttl-hours", defaultValue = "24")
    int ttlHours;

    public Claim claim(String merchantId, String operation, String key, String requestHash) {
        IdempotencyRecord existing = em.createNamedQuery("IdempotencyRecord.find", IdempotencyRecord.class)
                .setParameter("merchant", merchantId).setParameter("operation", operation).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
        LocalDateTime now = Utc.now();
        if (existing != null && existing.getExpiresAt().isBefore(now)) {
            em.remove(existing);
            em.flush();
            existing = null;
        }
        if (existing != null) {
            if (!existing.getRequestHash().equals(requestHash)) {
                throw new GatewayException("idempotency-key-reused", "Idempotency key reused", 422,
                        "this Idempotency-Key was used with a different request body");
            }
            if (IdempotencyRecord.IN_PROGRESS.equals(existing.getState())) {
                throw inUse();
            }
            return new Claim(existing.getId(), true, existing.getResponseStatus(),
                    cipher.decrypt(existing.getResponseBody()), existing.getResourceId());
        }
        IdempotencyRecord claimed = new IdempotencyRecord(UUID.randomUUID().toString(), merchantId, operation, key,
                requestHash, now, now.plusHours(ttlHours));
        try {
            em.persist(claimed);
            em.flush();
        } catch (PersistenceException e) {
            throw inUse();
        }
        return new Claim(claimed.getId(), false, null, null, null);
    }

    public void complete(String recordId, int status, String body, String resourceId) {
        em.find(IdempotencyRecord.class, recordId).complete(status, cipher.encrypt(body), resourceId);
    }

    /** Forgets a claim whose call failed before it had an answer worth replaying, so the key can be retried. */
    public void release(String recordId) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, recordId);
        if (record != null) {
            em.remove(record);
        }
    }

    private static GatewayException inUse() {
        return GatewayException.conflict("idempotency-key-in-use",
                "a request with this Idempotency-Key is still being processed");
    }
}
