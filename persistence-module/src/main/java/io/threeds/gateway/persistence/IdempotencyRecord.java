package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A merchant's idempotency key for one operation: in progress under a lease, then the stored first
 * answer. The resource it concerns is fixed when the key is claimed (a new authentication's id is
 * chosen then), so a retry after a crash can only ever reach that one record.
 */
@Entity
@Table(name = "idempotency_record")
@NamedQuery(name = "IdempotencyRecord.find", query = "SELECT r FROM IdempotencyRecord r "
        + "WHERE r.merchantId = :merchant AND r.operation = :operation AND r.idemKey = :key")
// Conditional updates: only the holder of the current generation may take over, complete or release.
@NamedQuery(name = "IdempotencyRecord.takeOver", query = "UPDATE IdempotencyRecord r "
        + "SET r.generation = r.generation + 1, r.leaseUntil = :leaseUntil "
        + "WHERE r.id = :id AND r.generation = :generation AND r.state = 'IN_PROGRESS' AND r.leaseUntil < :now")
@NamedQuery(name = "IdempotencyRecord.complete", query = "UPDATE IdempotencyRecord r "
        + "SET r.state = 'DONE', r.responseStatus = :status, r.responseBody = :body "
        + "WHERE r.id = :id AND r.generation = :generation AND r.state = 'IN_PROGRESS'")
@NamedQuery(name = "IdempotencyRecord.release", query = "DELETE FROM IdempotencyRecord r "
        + "WHERE r.id = :id AND r.generation = :generation AND r.state = 'IN_PROGRESS'")
@NamedQuery(name = "IdempotencyRecord.expired", query = "DELETE FROM IdempotencyRecord r WHERE r.expiresAt < :now")
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
    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;
    private int generation;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String id, String merchantId, String operation, String idemKey, String requestHash,
                             String resourceId, LocalDateTime createdAt, LocalDateTime leaseUntil,
                             LocalDateTime expiresAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.operation = operation;
        this.idemKey = idemKey;
        this.requestHash = requestHash;
        this.state = IN_PROGRESS;
        this.resourceId = resourceId;
        this.createdAt = createdAt;
        this.leaseUntil = leaseUntil;
        this.expiresAt = expiresAt;
    }

    public String getId() { return id; }
    public String getRequestHash() { return requestHash; }
    public String getState() { return state; }
    public Integer getResponseStatus() { return responseStatus; }
    public String getResponseBody() { return responseBody; }
    public String getResourceId() { return resourceId; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getLeaseUntil() { return leaseUntil; }
    public int getGeneration() { return generation; }
}
