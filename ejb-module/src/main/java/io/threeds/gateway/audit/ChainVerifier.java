package io.threeds.gateway.audit;

import io.threeds.gateway.persistence.AuditChainHead;
import io.threeds.gateway.persistence.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Walks the audit chain in sequence order, a page at a time, and checks for each event that its
 * sequence follows the previous one (a deleted row leaves a gap), that its {@code previousHash} is the
 * previous event's hash, and that its own hash recomputes. The last event must match the chain head
 * (a deleted tail). With {@code from}/{@code to}, only events in that time range are reported on, but
 * the walk starts from the event just before the range so its first link is checked too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChainVerifier {
    private static final int PAGE = 500;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    public ChainVerification verify(LocalDateTime from, LocalDateTime to) {
        long after = from == null ? 0 : startBefore(from);
        String previousHash = after == 0 ? AuditHash.GENESIS : hashAt(after);
        long expected = after + 1;
        long checked = 0;
        String head = previousHash;
        while (true) {
            List<AuditEvent> page = em.createNamedQuery("AuditEvent.range", AuditEvent.class)
                    .setParameter("after", expected - 1).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                if (to != null && event.getAt().isAfter(to)) {
                    return new ChainVerification(true, checked, head, null, null);
                }
                String problem = check(event, expected, previousHash);
                if (problem != null) {
                    return new ChainVerification(false, checked, null, event.getId(), problem);
                }
                checked++;
                previousHash = event.getHash();
                head = previousHash;
                expected = event.getSequence() + 1;
            }
        }
        AuditChainHead chainHead = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (to == null && (chainHead.getLastSequence() != expected - 1 || !chainHead.getLastHash().equals(head))) {
            return new ChainVerification(false, checked, null, null,
                    "events after sequence " + (expected - 1) + " are missing (chain head is at "
                            + chainHead.getLastSequence() + ")");
        }
        return new ChainVerification(true, checked, head, null, null);
    }

    private static String check(AuditEvent event, long expectedSequence, String previousHash) {
        if (event.getSequence() != expectedSequence) {
            return "sequence " + expectedSequence + " is missing before this event";
        }
        if (!event.getPreviousHash().equals(previousHash)) {
            return "previousHash does not match the previous event";
        }
        String recomputed = AuditHash.of(event.getPreviousHash(), event.getId(), event.getSequence(), event.getAt(),
                event.getType(), event.getActor(), event.getActorRole(), event.getMerchantId(),
                event.getAuthenticationId(), event.getOutcome(), event.getDetails());
        return recomputed.equals(event.getHash()) ? null : "hash does not match the event's content";
    }

    private long startBefore(LocalDateTime from) {
        Long before = em.createQuery("SELECT MAX(e.sequence) FROM AuditEvent e WHERE e.at < :from", Long.class)
                .setParameter("from", from).getSingleResult();
        return before == null ? 0 : before;
    }

    private String hashAt(long sequence) {
        return em.createQuery("SELECT e.hash FROM AuditEvent e WHERE e.sequence = :sequence", String.class)
                .setParameter("sequence", sequence).getSingleResult();
    }
}
