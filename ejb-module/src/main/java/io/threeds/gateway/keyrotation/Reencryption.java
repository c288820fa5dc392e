package io.threeds.gateway.keyrotation;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.merchant.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The re-encryption job: rewrites values encrypted with an older data key (or in an older form) with the
 * active key, one batch per column per run, audited {@code data_keys.reencrypted} with the count. Each
 * row is rewritten by a conditional update on its old value, so instances running it at once, and a
 * request changing the row meanwhile, never lose a write. Table and column names come from
 * {@link EncryptedColumn}, never from input.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Reencryption {
    static final int BATCH = 500;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @EJB
    AuditTrail audit;

    /** One batch of one column; returns how many values moved to the active key. */
    public int batch(EncryptedColumn column) {
        String current = "v2:" + cipher.activeKeyId() + ":";
        @SuppressWarnings("unchecked")
        List<Object[]> stale = em.createNativeQuery("SELECT " + column.idColumn() + ", " + column.column()
                        + " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL AND LEFT("
                        + column.column() + ", " + current.length() + ") <> ?1")
                .setParameter(1, current).setMaxResults(BATCH).getResultList();
        int moved = 0;
        for (Object[] row : stale) {
            String id = (String) row[0];
            String old = (String) row[1];
            String fresh = cipher.encrypt(column, id, cipher.decrypt(column, id, old));
            moved += em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = ?1 WHERE "
                            + column.idColumn() + " = ?2 AND " + column.column() + " = ?3")
                    .setParameter(1, fresh).setParameter(2, id).setParameter(3, old).executeUpdate();
        }
        if (moved > 0) {
            audit.append(new AuditEntry("data_keys.reencrypted", Caller.system().actor(), "system", null, null,
                    "REENCRYPTED", Map.of("column", column.table() + "." + column.column(), "count",
                    String.valueOf(moved), "keyId", cipher.activeKeyId())));
        }
        return moved;
    }
}
