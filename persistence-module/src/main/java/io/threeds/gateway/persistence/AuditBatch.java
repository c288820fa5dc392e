package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A sealed batch of the audit chain, positions {@code firstPosition..lastPosition}, and its signed
 * checkpoint: the Merkle root of the batch's hashes and the chain's head after it.
 */
@Entity
@Table(name = "audit_batch")
public class AuditBatch {
    @Id
    @Column(name = "batch_number")
    private long number;
    @Column(name = "first_position")
    private long firstPosition;
    @Column(name = "last_position")
    private long lastPosition;
    @Column(name = "merkle_root")
    private String merkleRoot;
    private String head;
    @Column(name = "sealed_at")
    private LocalDateTime sealedAt;
    @Column(name = "sealed_by")
    private String sealedBy;
    @Column(name = "key_id")
    private String keyId;
    private String signature;

    protected AuditBatch() {
    }

    public AuditBatch(long number, long firstPosition, long lastPosition, String merkleRoot, String head,
                      LocalDateTime sealedAt, String sealedBy, String keyId, String signature) {
        this.number = number;
        this.firstPosition = firstPosition;
        this.lastPosition = lastPosition;
        this.merkleRoot = merkleRoot;
        this.head = head;
        this.sealedAt = sealedAt;
        this.sealedBy = sealedBy;
        this.keyId = keyId;
        this.signature = signature;
    }

    public long getNumber() { return number; }
    public long getFirstPosition() { return firstPosition; }
    public long getLastPosition() { return lastPosition; }
    public String getMerkleRoot() { return merkleRoot; }
    public String getHead() { return head; }
    public LocalDateTime getSealedAt() { return sealedAt; }
    public String getKeyId() { return keyId; }
    public String getSignature() { return signature; }
}
