package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A merchant's idempotency key for one operation: in progress, then the stored first answer. */
@Entity
@Table(name = "idempotency_record")
@NamedQuery(name = "IdempotencyRecord.find", query = "SELECT r FROM IdempotencyRecord r "
        + "WHERE r.merchantId = :merchant AND r.operation = :operation AND r.idemKey = :key")
public class IdempotencyRecord {
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DONE = "DONE";

    @Id
    private String id;
    @Column(name = "merchant_id")
    private String merchantId;
    private String operation;
    @Column(name = "idem_key")
    private String idemKey;
    @Column(name = "request_hash")
    private String requestHash;
    private String state;
    @Column(name = "response_status")
    private Integer responseStatus;
    @Column(name = "response_body")
    private String responseBody;
    @Column(name = "resource_id")
    private String resourceId;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String id, String merchantId, String operation, String idemKey, String requestHash,
                             LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.operation = operation;
        this.idemKey = idemKey;
        this.requestHash = requestHash;
        this.state = IN_PROGRESS;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void complete(int status, String body, String resourceId) {
        this.state = DONE;
        this.responseStatus = status;
        this.responseBody = body;
        this.resourceId = resourceId;
    }

    public String getId() { return id; }
    public String getRequestHash() { return requestHash; }
    public String getState() { return state; }
    public Integer getResponseStatus() { return responseStatus; }
    public String getResponseBody() { return responseBody; }
    public String getResourceId() { return resourceId; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}
