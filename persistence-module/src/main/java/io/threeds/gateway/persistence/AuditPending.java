package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An audit event not sealed yet. Inserted with the event (its identity column numbers the event),
 * deleted by the sealer in the transaction that seals it. Written and deleted by SQL and JPQL only.
 */
@Entity
@Table(name = "audit_pending")
public class AuditPending {
    @Id
    private long sequence;
    @Column(name = "event_id")
    private String eventId;

    protected AuditPending() {
    }
}
