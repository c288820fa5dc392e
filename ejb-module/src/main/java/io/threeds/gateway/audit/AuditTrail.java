package io.threeds.gateway.audit;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.Utc;
import io.threeds.gateway.persistence.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends to the audit trail. {@code REQUIRED}: an event joins the caller's transaction, so a state
 * change and its audit event commit or roll back together; called without one (a refused request),
 * it commits on its own. The event is written unsealed and locks nothing: its {@code audit_pending}
 * row numbers it (an identity column) and waits for the {@link AuditSealer} to chain it. An event by
 * a partner also names, in {@code details.onBehalfOf}, the merchant it acted for, whoever wrote the entry.
 */
@Stateless
public class AuditTrail {
    private static final String PARTNER = "partner";

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEvent append(AuditEntry entry) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO audit_pending (event_id) VALUES (?)").setParameter(1, id).executeUpdate();
        long sequence = ((Number) em.createNativeQuery("SELECT sequence FROM audit_pending WHERE event_id = ?")
                .setParameter(1, id).getSingleResult()).longValue();
        AuditEvent event = new AuditEvent(id, sequence, Utc.now(), entry.type(), entry.actor(), entry.actorRole(),
                entry.merchantId(), entry.authenticationId(), entry.outcome(), canonicalDetails(onBehalf(entry)));
        em.persist(event);
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
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
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
