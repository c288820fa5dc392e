package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A bearer key, stored as its SHA-256 hash. The principal is a merchant, an auditor or an admin. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = "ApiKey.byHash", query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash")
@NamedQuery(name = "ApiKey.countByRole", query = "SELECT COUNT(k) FROM ApiKey k WHERE k.role = :role")
@NamedQuery(name = "ApiKey.ofPrincipal", query = "SELECT k FROM ApiKey k WHERE k.role = :role "
        + "AND k.principalId = :principal ORDER BY k.createdAt, k.id")
public class ApiKey {
    @Id
    private String id;
    @Column(name = "key_hash")
    private String keyHash;
    private String role;
    @Column(name = "principal_id")
    private String principalId;
    @Column(name = "principal_name")
    private String principalName;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    private String prefix;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(String id, String keyHash, String prefix, String role, String principalId, String principalName,
                  LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.id = id;
        this.keyHash = keyHash;
        this.role = role;
        this.principalId = principalId;
        this.principalName = principalName;
        this.createdAt = createdAt;
        this.prefix = prefix;
        this.expiresAt = expiresAt;
    }

    public String getId() { return id; }
    public String getRole() { return role; }
    public String getPrincipalId() { return principalId; }
    public String getPrincipalName() { return principalName; }
    public String getPrefix() { return prefix; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }

    /** Whether it opens the API at this moment: not revoked, not past its expiry. */
    public boolean isValidAt(LocalDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }
}
