package io.threeds.gateway.audit;

import io.threeds.gateway.persistence.AuditBatch;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The signed checkpoints of the sealed batches. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditCheckpoints {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    public Optional<Checkpoint> latest() {
        return latestBatch().map(Checkpoint::of);
    }

    public Optional<AuditBatch> latestBatch() {
        return em.createQuery("SELECT b FROM AuditBatch b ORDER BY b.number DESC", AuditBatch.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }
}
