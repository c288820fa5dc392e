package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An immutable link of the audit chain: no setters, written once by the audit trail. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.range",
        query = "SELECT e FROM AuditEvent e WHERE e.sequence > :after ORDER BY e.sequence")
@NamedQuery(name = "AuditEvent.forAuthentication",
        query = "SELECT e FROM AuditEvent e WHERE e.authenticationId = :id ORDER BY e.sequence")
public class AuditEvent {
    @Id
    private String id;
    private long sequence;
    private LocalDateTime at;
    private String type;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    @Column(name = "merchant_id")
    private String merchantId;
    @Column(name = "authentication_id")
    private String authenticationId;
    private String outcome;
    private String details;
    @Column(name = "previous_hash")
    private String previousHash;
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(String id, long sequence, LocalDateTime at, String type, String actor, String actorRole,
                      String merchantId, String authenticationId, String outcome, String details,
                      String previousHash, String hash) {
        this.id = id;
        this.sequence = sequence;
        this.at = at;
        this.type = type;
        this.actor = actor;
        this.actorRole = actorRole;
        this.merchantId = merchantId;
        this.authenticationId = authenticationId;
        this.outcome = outcome;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public String getId() { return id; }
    public long getSequence() { return sequence; }
    public LocalDateTime getAt() { return at; }
    public String getType() { return type; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public String getMerchantId() { return merchantId; }
    public String getAuthenticationId() { return authenticationId; }
    public String getOutcome() { return outcome; }
    public String getDetails() { return details; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
