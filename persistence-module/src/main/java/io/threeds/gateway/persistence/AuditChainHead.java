package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The sealer's row: the chain's last position and hash, and the lease that elects the one instance
 * sealing. Only the sealer locks it; requests never touch it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_sequence")
    private long lastPosition;
    @Column(name = "last_hash")
    private String lastHash;
    private String sealer;
    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    protected AuditChainHead() {
    }

    public long getLastPosition() { return lastPosition; }
    public String getLastHash() { return lastHash; }
    public String getSealer() { return sealer; }
    public LocalDateTime getLeaseUntil() { return leaseUntil; }

    /** Whether {@code instance} may seal at {@code now}: it holds the lease, or nobody holds it any longer. */
    public boolean sealableBy(String instance, LocalDateTime now) {
        return instance.equals(sealer) || leaseUntil == null || leaseUntil.isBefore(now);
    }

    public void lease(String instance, LocalDateTime until) {
        this.sealer = instance;
        this.leaseUntil = until;
    }

    public void advance(long position, String hash) {
        this.lastPosition = position;
        this.lastHash = hash;
    }
}
