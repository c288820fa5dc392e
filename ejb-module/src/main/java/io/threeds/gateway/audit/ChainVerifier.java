package io.threeds.gateway.audit;

import io.threeds.gateway.persistence.AuditBatch;
import io.threeds.gateway.persistence.AuditEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks the sealed chain up to the latest checkpoint, in position order, a page at a time, and checks
 * for each link that its position follows the previous one (a deleted link leaves a gap), that its event
 * is still there, that its {@code previousHash} is the previous link's hash and that its hash recomputes
 * from the event; at the end of each batch, that the checkpoint's signature is this gateway's key's, and
 * that its Merkle root and head are those of the links walked (a chain re-hashed without the key fails
 * there). With {@code from}/{@code to}, only events in that time range are checked against their
 * content and counted; links and checkpoints are checked throughout. Events written but not sealed yet
 * are counted as pending, never verified; an event neither sealed nor pending is reported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChainVerifier {
    private static final int PAGE = 2000;
    private static final String LINKS = "SELECT s.chain_position, s.event_id, s.previous_hash, s.hash, e.id, e.sequence, "
            + "e.at, e.type, e.actor, e.actor_role, e.merchant_id, e.authentication_id, e.outcome, e.details "
            + "FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id "
            + "WHERE s.chain_position > ? AND s.chain_position <= ? ORDER BY s.chain_position";

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    AuditSigningKey key;

    @EJB
    AuditCheckpoints checkpoints;

    /** Verifies the chain; with {@code earlier} (a checkpoint kept by an auditor), also that it extends it. */
    public ChainVerification verify(LocalDateTime from, LocalDateTime to, Checkpoint earlier) {
        long pending = count("SELECT COUNT(*) FROM audit_pending");
        AuditBatch latest = checkpoints.latestBatch().orElse(null);
        long end = latest == null ? 0 : latest.getLastPosition();
        if (earlier != null && !key.signed(earlier)) {
            return ChainVerification.broken(0, pending, null, "the given checkpoint's signature does not match: "
                    + "this gateway's key did not sign it");
        }
        if (earlier != null && earlier.sequence() > end) {
            return ChainVerification.broken(0, pending, null, "the chain ends at position " + end
                    + ", before the given checkpoint's " + earlier.sequence() + ": it was cut short");
        }
        Walk walk = new Walk(from, to, earlier);
        Deque<AuditBatch> batches = new ArrayDeque<>();
        for (long after = 0; after < end; after += PAGE) {
            List<?> page = em.createNativeQuery(LINKS).setParameter(1, after)
                    .setParameter(2, Math.min(after + PAGE, end)).getResultList();
            for (Object row : page) {
                if (batches.isEmpty()) {
                    batches.addAll(batchesFrom(walk.position));
                }
                String problem = walk.link((Object[]) row, batches.peekFirst());
                if (problem != null) {
                    return ChainVerification.broken(walk.checked, pending, walk.brokenEventId, problem);
                }
                if (walk.position == batches.peekFirst().getLastPosition()) {
                    batches.removeFirst();
                }
            }
        }
        if (walk.position != end) {
            return ChainVerification.broken(walk.checked, pending, null, "links after position " + walk.position
                    + " are missing (the latest checkpoint ends at " + end + ")");
        }
        String unaccounted = unaccountedEvent();
        if (unaccounted != null) {
            return ChainVerification.broken(walk.checked, pending, unaccounted,
                    "the event is neither sealed nor pending: its pending row was removed");
        }
        return new ChainVerification(true, walk.checked, walk.previousHash, pending,
                latest == null ? null : Checkpoint.of(latest), earlier == null ? null : true, null, null);
    }

    /** An event neither sealed nor pending, looked for only when the counts say there is one. */
    private String unaccountedEvent() {
        if (count("SELECT (SELECT COUNT(*) FROM audit_event) - (SELECT COUNT(*) FROM audit_seal) "
                + "- (SELECT COUNT(*) FROM audit_pending)") <= 0) {
            return null;
        }
        List<?> ids = em.createNativeQuery("SELECT e.id FROM audit_event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit_seal s WHERE s.event_id = e.id) AND NOT EXISTS "
                + "(SELECT 1 FROM audit_pending p WHERE p.event_id = e.id) ORDER BY e.sequence")
                .setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : (String) ids.get(0);
    }

    private List<AuditBatch> batchesFrom(long position) {
        return em.createQuery("SELECT b FROM AuditBatch b WHERE b.lastPosition > :position ORDER BY b.lastPosition",
                AuditBatch.class).setParameter("position", position).setMaxResults(PAGE).getResultList();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The walk's state: the last link checked, the batch being collected, and what was found. */
    private final class Walk {
        private final LocalDateTime from;
        private final LocalDateTime to;
        private final Checkpoint earlier;
        long position;
        String previousHash = AuditHash.GENESIS;
        long checked;
        String brokenEventId;
        private long batchStart = 1;
        private String batchFirstEvent;
        private MerkleTree tree = new MerkleTree();

        Walk(LocalDateTime from, LocalDateTime to, Checkpoint earlier) {
            this.from = from;
            this.to = to;
            this.earlier = earlier;
        }

        /** Checks one link (and, at its end, its batch); the problem found, or null. */
        String link(Object[] row, AuditBatch batch) {
            long at = ((Number) row[0]).longValue();
            String sealedId = (String) row[1];
            String previous = (String) row[2];
            String hash = (String) row[3];
            brokenEventId = sealedId;
            if (batchFirstEvent == null) {
                batchFirstEvent = sealedId;
            }
            if (at != position + 1) {
                return "position " + (position + 1) + " is missing before this event (a deleted link)";
            }
            if (row[4] == null) {
                return "the event was deleted; its link in the chain remains";
            }
            if (!previous.equals(previousHash)) {
                return "previousHash does not match the previous event's hash";
            }
            AuditEvent event = new AuditEvent(sealedId, ((Number) row[5]).longValue(), time(row[6]), (String) row[7],
                    (String) row[8], (String) row[9], (String) row[10], (String) row[11], (String) row[12],
                    (String) row[13]);
            if (inRange(event.getAt())) {
                if (!AuditHash.of(previous, event).equals(hash)) {
                    return "hash does not match the event's content";
                }
                checked++;
            }
            if (earlier != null && at == earlier.sequence() && !hash.equals(earlier.head())) {
                return "the chain does not extend the given checkpoint: its hash at position " + at + " differs";
            }
            position = at;
            previousHash = hash;
            tree.add(hash);
            return batch != null && at == batch.getLastPosition() ? endOfBatch(batch) : null;
        }

        private String endOfBatch(AuditBatch batch) {
            brokenEventId = batchFirstEvent;
            String problem = null;
            if (!key.signed(Checkpoint.of(batch))) {
                problem = "batch " + batch.getNumber() + ": the checkpoint's signature does not match";
            } else if (batch.getFirstPosition() != batchStart) {
                problem = "batch " + batch.getNumber() + " does not start where the previous one ended";
            } else if (!tree.root().equals(batch.getMerkleRoot())) {
                problem = "batch " + batch.getNumber() + ": the Merkle root does not match its events' hashes";
            } else if (!previousHash.equals(batch.getHead())) {
                problem = "batch " + batch.getNumber() + ": the head does not match the chain";
            }
            batchStart = position + 1;
            batchFirstEvent = null;
            tree = new MerkleTree();
            return problem;
        }

        private boolean inRange(LocalDateTime at) {
            return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
        }
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
