package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event's link in the audit chain: its position and hashes, written once by the sealer. */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {
    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "chain_position")
    private long position;
    @Column(name = "previous_hash")
    private String previousHash;
    private String hash;

    protected AuditSeal() {
    }

    public AuditSeal(String eventId, long position, String previousHash, String hash) {
        this.eventId = eventId;
        this.position = position;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public String getEventId() { return eventId; }
    public long getPosition() { return position; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
