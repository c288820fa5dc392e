package io.threeds.gateway.reporting;

import io.threeds.gateway.persistence.AuditEvent;
import io.threeds.gateway.persistence.AuditSeal;
import io.threeds.gateway.persistence.Authentication;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Filtered pages of audit events (newest first by sequence) and authentications (newest first by
 * createdAt, then id), keyset-paginated: a page is "the next {@code limit} rows after the cursor's
 * row", never an OFFSET, so it costs the same on the last page as on the first and rows added while
 * a client pages neither repeat nor shift. Each filter has an index led by its column (V1, V2); a
 * merchant name becomes the ids of the merchants it matches (a scan of the small merchant table), then
 * the merchant id's index.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditSearch {
    public static final int MAX_LIMIT = 500;
    /*
     * The lower bound an unbounded list still gets: H2 prefers the merchant_id foreign key's own index
     * (and sorts every row of the merchant, 2 s at 1 M) to (merchant_id, created_at, id) unless the
     * query bounds created_at too. It excludes nothing.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1970, 1, 1, 0, 0);

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    public Page<ChainedEvent> events(EventFilter filter, Cursor.AfterEvent after, int limit) {
        Conditions conditions = new Conditions()
                .when(filter.authenticationId(), "e.authenticationId = :authenticationId", "authenticationId")
                .when(filter.merchantId(), "e.merchantId = :merchantId", "merchantId")
                .when(filter.type(), "e.type = :type", "type")
                .when(filter.actor(), "e.actor = :actor", "actor")
                .when(filter.from(), "e.at >= :from", "from")
                .when(filter.to(), "e.at < :to", "to")
                .when(after == null ? null : after.sequence(), "e.sequence < :after", "after");
        List<AuditEvent> rows = conditions.bind(em.createQuery("SELECT e FROM AuditEvent e" + conditions.where()
                        + " ORDER BY " + indexedPrefix(filter) + "e.sequence DESC", AuditEvent.class))
                .setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Page<>(chained(rows), null);
        }
        List<AuditEvent> page = rows.subList(0, limit);
        return new Page<>(chained(page), new Cursor.AfterEvent(page.get(limit - 1).getSequence()).encode());
    }

    /** The events with their seals, fetched in one query by id. */
    private List<ChainedEvent> chained(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, AuditSeal> seals = em.createQuery("SELECT s FROM AuditSeal s WHERE s.eventId IN :ids",
                        AuditSeal.class).setParameter("ids", events.stream().map(AuditEvent::getId).toList())
                .getResultStream().collect(Collectors.toMap(AuditSeal::getEventId, seal -> seal));
        return events.stream().map(e -> new ChainedEvent(e, seals.get(e.getId()))).toList();
    }

    public Page<Authentication> authentications(AuthenticationFilter filter, Cursor.AfterAuthentication after,
                                                int limit) {
        Conditions conditions = new Conditions()
                .when(filter.merchantId(), "a.merchantId = :merchantId", "merchantId")
                .when(filter.provider(), "a.provider = :provider", "provider")
                .when(filter.transStatus(), "a.result.transStatus = :transStatus", "transStatus")
                .when(filter.liabilityShift(), "a.result.liabilityShift = :liabilityShift", "liabilityShift")
                .when(filter.from() == null ? EARLIEST : filter.from(), "a.createdAt >= :from", "from")
                .when(filter.to(), "a.createdAt < :to", "to")
                .when(filter.merchantReference(), "a.merchantReference = :merchantReference", "merchantReference")
                .when(filter.last4(), "a.card.last4 = :last4", "last4")
                .when(MerchantNames.containing(filter.merchantName()), "a.merchantId IN (SELECT m.id FROM Merchant m"
                        + " WHERE LOWER(m.name) LIKE :merchantName ESCAPE '!'"
                        + " OR LOWER(m.displayName) LIKE :merchantName ESCAPE '!')", "merchantName");
        if (after != null) {
            conditions.always("(a.createdAt < :afterCreated OR (a.createdAt = :afterCreated AND a.id < :afterId))",
                    Map.of("afterCreated", after.createdAt(), "afterId", after.id()));
        }
        List<Authentication> rows = conditions.bind(em.createQuery("SELECT a FROM Authentication a"
                        + conditions.where() + " ORDER BY " + indexedPrefix(filter) + "a.createdAt DESC, a.id DESC",
                        Authentication.class))
                .setMaxResults(limit + 1).getResultList();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Authentication> page = rows.subList(0, limit);
        Authentication last = page.get(limit - 1);
        String next = new Cursor.AfterAuthentication(last.getCreatedAt(), last.getId()).encode();
        return new Page<>(List.copyOf(page), next);
    }

    /*
     * Each equality filter has an index on (its column, then the page order). H2 reads such an index in
     * order, and skips sorting every matching row, only when the ORDER BY names the index's leading column
     * too (its plan shows "index sorted"); PostgreSQL needs no such help. The filtered column is constant
     * among the rows, so ordering by it changes nothing. Most selective filter first.
     */
    private static String indexedPrefix(AuthenticationFilter filter) {
        return filter.merchantReference() != null ? "a.merchantReference DESC, "
                : filter.last4() != null ? "a.card.last4 DESC, "
                : filter.merchantId() != null ? "a.merchantId DESC, "
                : filter.provider() != null ? "a.provider DESC, "
                : filter.transStatus() != null ? "a.result.transStatus DESC, "
                : filter.liabilityShift() != null ? "a.result.liabilityShift DESC, " : "";
    }

    private static String indexedPrefix(EventFilter filter) {
        return filter.authenticationId() != null ? "e.authenticationId DESC, "
                : filter.merchantId() != null ? "e.merchantId DESC, "
                : filter.type() != null ? "e.type DESC, "
                : filter.actor() != null ? "e.actor DESC, " : "";
    }
}
