package io.threeds.gateway.audit;

import io.threeds.gateway.Utc;
import io.threeds.gateway.persistence.AuditBatch;
import io.threeds.gateway.persistence.AuditChainHead;
import io.threeds.gateway.persistence.AuditEvent;
import io.threeds.gateway.persistence.AuditSeal;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One sealing step, in its own transaction: the sealer's lease is checked and renewed on the chain head
 * row, locked ({@code SELECT ... FOR UPDATE}) for the step, so even two instances that both believe they
 * hold the lease seal one after the other from the same head, and an event is never sealed twice or
 * skipped (its pending row goes in the transaction that seals it). Up to {@link #BATCH} pending events,
 * in the order they were written, are chained after the head, and the batch is signed as a checkpoint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditSealing {
    public static final int BATCH = 1000;
    /** Four parameters a row: well under PostgreSQL's 32,767 bind parameters per statement. */
    private static final int ROWS_PER_INSERT = 250;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    AuditSigningKey key;

    @EJB
    AuditCheckpoints checkpoints;

    /** Seals the next batch if {@code instance} holds the lease or may take it; how many events it sealed. */
    public int sealNext(String instance, Duration lease) {
        LocalDateTime now = Utc.now();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (!head.sealableBy(instance, now)) {
            return 0;
        }
        em.refresh(head, LockModeType.PESSIMISTIC_WRITE);
        if (!head.sealableBy(instance, now)) {
            return 0;
        }
        if (!instance.equals(head.getSealer()) || head.getLeaseUntil().isBefore(now.plus(lease.dividedBy(2)))) {
            head.lease(instance, now.plus(lease));
        }
        long signedTo = checkpoints.latestBatch().map(AuditBatch::getLastPosition).orElse(0L);
        if (head.getLastPosition() > signedTo) {
            signCarriedOver(head, signedTo, instance, now);
        }
        List<Object[]> pending = em.createQuery("SELECT p.sequence, p.eventId FROM AuditPending p ORDER BY p.sequence",
                Object[].class).setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, AuditEvent> events = events(pending.stream().map(row -> (String) row[1]).toList());
        long first = head.getLastPosition() + 1;
        long position = head.getLastPosition();
        String previous = head.getLastHash();
        MerkleTree tree = new MerkleTree();
        List<AuditSeal> seals = new ArrayList<>(pending.size());
        for (Object[] row : pending) {
            AuditEvent event = events.get((String) row[1]);
            String hash = AuditHash.of(previous, event);
            seals.add(new AuditSeal(event.getId(), ++position, previous, hash));
            tree.add(hash);
            previous = hash;
        }
        insert(seals);
        em.createQuery("DELETE FROM AuditPending p WHERE p.sequence IN :sequences")
                .setParameter("sequences", pending.stream().map(row -> (Long) row[0]).toList()).executeUpdate();
        sign(first, position, tree.root(), previous, instance, now);
        head.advance(position, previous);
        return pending.size();
    }

    /**
     * The batch's links in multi-row INSERTs. Persisted one by one they cost a round trip each, flushed
     * at the DELETE below: 89% of sealing's time on PostgreSQL in the 1 M benchmark's profile (JFR).
     */
    private void insert(List<AuditSeal> seals) {
        for (int from = 0; from < seals.size(); from += ROWS_PER_INSERT) {
            List<AuditSeal> rows = seals.subList(from, Math.min(from + ROWS_PER_INSERT, seals.size()));
            Query insert = em.createNativeQuery("INSERT INTO audit_seal (event_id, chain_position, previous_hash, hash)"
                    + " VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)")));
            int parameter = 0;
            for (AuditSeal seal : rows) {
                insert.setParameter(++parameter, seal.getEventId()).setParameter(++parameter, seal.getPosition())
                        .setParameter(++parameter, seal.getPreviousHash()).setParameter(++parameter, seal.getHash());
            }
            insert.executeUpdate();
        }
    }

    /**
     * The pending events by id, read by primary key (a join of pending and events, ordered, made H2 walk
     * the events table: 75% of sealing's time in the benchmark's profile). Read-only: nothing in them
     * changes, so EclipseLink need not track them for the commit.
     */
    private Map<String, AuditEvent> events(List<String> ids) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.id IN :ids", AuditEvent.class)
                .setParameter("ids", ids).setHint("eclipselink.read-only", true).getResultStream()
                .collect(Collectors.toMap(AuditEvent::getId, Function.identity()));
    }

    /** Signs what the migration carried over from the chain built before sealing (V14), streamed in pages. */
    private void signCarriedOver(AuditChainHead head, long signedTo, String instance, LocalDateTime now) {
        MerkleTree tree = new MerkleTree();
        for (long after = signedTo; after < head.getLastPosition(); after += BATCH) {
            em.createQuery("SELECT s.hash FROM AuditSeal s WHERE s.position > :after AND s.position <= :last "
                            + "ORDER BY s.position", String.class)
                    .setParameter("after", after).setParameter("last", Math.min(after + BATCH, head.getLastPosition()))
                    .getResultList().forEach(tree::add);
        }
        sign(signedTo + 1, head.getLastPosition(), tree.root(), head.getLastHash(), instance, now);
    }

    private void sign(long first, long last, String merkleRoot, String head, String instance, LocalDateTime now) {
        long number = checkpoints.latestBatch().map(AuditBatch::getNumber).orElse(0L) + 1;
        String signature = key.sign(new Checkpoint(number, first, last, head, merkleRoot, Checkpoint.time(now),
                key.keyId(), null).signedText());
        em.persist(new AuditBatch(number, first, last, merkleRoot, head, now, instance, key.keyId(), signature));
    }
}
