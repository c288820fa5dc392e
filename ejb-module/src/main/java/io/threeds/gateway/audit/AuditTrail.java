package io.threeds.gateway.audit;

import io.threeds.gateway.Utc;
import io.threeds.gateway.persistence.AuditChainHead;
import io.threeds.gateway.persistence.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends to the audit chain. {@code REQUIRED}: an event joins the caller's transaction, so a state
 * change and its audit event commit or roll back together; called without one (a refused request),
 * it commits on its own. The chain head is locked for the append ({@code SELECT ... FOR UPDATE}),
 * which serialises appends across all instances. An event by a partner also names, in
 * {@code details.onBehalfOf}, the merchant it acted for, whoever wrote the entry.
 */
@Stateless
public class AuditTrail {
    private static final String PARTNER = "partner";

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEvent append(AuditEntry entry) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long sequence = head.getLastSequence() + 1;
        String id = UUID.randomUUID().toString();
        LocalDateTime at = Utc.now();
        String details = canonicalDetails(onBehalf(entry));
        String hash = AuditHash.of(head.getLastHash(), id, sequence, at, entry.type(), entry.actor(),
                entry.actorRole(), entry.merchantId(), entry.authenticationId(), entry.outcome(), details);
        AuditEvent event = new AuditEvent(id, sequence, at, entry.type(), entry.actor(), entry.actorRole(),
                entry.merchantId(), entry.authenticationId(), entry.outcome(), details, head.getLastHash(), hash);
        em.persist(event);
        head.advance(sequence, hash);
        return event;
    }

    private static Map<String, String> onBehalf(AuditEntry entry) {
        if (!PARTNER.equals(entry.actorRole()) || entry.merchantId() == null) {
            return entry.details();
        }
        Map<String, String> details = new TreeMap<>(entry.details());
        details.putIfAbsent("onBehalfOf", entry.merchantId());
        return details;
    }

    private static String canonicalDetails(Map<String, String> details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details).forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else {
                json.add(key, value);
            }
        });
        return json.build().toString();
    }
}
