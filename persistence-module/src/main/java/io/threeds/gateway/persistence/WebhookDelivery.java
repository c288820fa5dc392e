package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One webhook to deliver (the transactional outbox): written with the change it reports, delivered at
 * least once. {@code @Version} lets one instance claim a due delivery without another sending it too.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = "SELECT d FROM WebhookDelivery d WHERE d.deliveredAt IS NULL "
        + "AND d.nextAttemptAt <= :now AND d.giveUpAt > :now ORDER BY d.nextAttemptAt")
// The claim: one conditional update, which a second instance's claim of the same row (waiting on its
// row lock, then re-reading it) finds no longer due. Reading the row first and checking a version
// does not do: a claim after the first one's commit would read the new version and send it again.
@NamedQuery(name = "WebhookDelivery.claim", query = "UPDATE WebhookDelivery d SET d.nextAttemptAt = :leaseUntil, "
        + "d.attempts = d.attempts + 1, d.version = d.version + 1 WHERE d.id = :id AND d.deliveredAt IS NULL AND d.nextAttemptAt <= :now "
        + "AND d.giveUpAt > :now")
@NamedQuery(name = "WebhookDelivery.backlog", query = "SELECT COUNT(d) FROM WebhookDelivery d "
        + "WHERE d.deliveredAt IS NULL AND d.giveUpAt > :now")
public class WebhookDelivery {
    @Id
    private String id;
    @Column(name = "merchant_id")
    private String merchantId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "authentication_id")
    private String authenticationId;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;
    @Column(name = "give_up_at")
    private LocalDateTime giveUpAt;
    private int attempts;
    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String id, String merchantId, String eventType, String authenticationId,
                           LocalDateTime now, LocalDateTime giveUpAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.eventType = eventType;
        this.authenticationId = authenticationId;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.giveUpAt = giveUpAt;
    }

    /** Claims the delivery for one attempt: nobody else tries it before {@code until}. */
    public void delivered(int status, LocalDateTime at) {
        this.deliveredAt = at;
        this.lastStatus = status;
        this.lastError = null;
    }

    public void failed(Integer status, String error, LocalDateTime retryAt) {
        this.lastStatus = status;
        this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        this.nextAttemptAt = retryAt;
    }

    public String getId() { return id; }
    public String getMerchantId() { return merchantId; }
    public String getEventType() { return eventType; }
    public String getAuthenticationId() { return authenticationId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
}
