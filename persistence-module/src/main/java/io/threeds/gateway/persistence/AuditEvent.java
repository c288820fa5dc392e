package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An audit event as written with the change it records: immutable, no setters. {@code sequence} is the
 * order of writing (gaps where a transaction rolled back); its link in the chain is its {@link AuditSeal}.
 */
@Entity
@Table(name = "audit_event")
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

    protected AuditEvent() {
    }

    public AuditEvent(String id, long sequence, LocalDateTime at, String type, String actor, String actorRole,
                      String merchantId, String authenticationId, String outcome, String details) {
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
}
