package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row every append locks, so that appends from any server instance form one chain. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_sequence")
    private long lastSequence;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    public long getLastSequence() { return lastSequence; }
    public String getLastHash() { return lastHash; }

    public void advance(long sequence, String hash) {
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
