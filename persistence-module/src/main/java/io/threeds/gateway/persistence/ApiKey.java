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

    protected ApiKey() {
    }

    public ApiKey(String id, String keyHash, String role, String principalId, String principalName,
                  LocalDateTime createdAt) {
        this.id = id;
        this.keyHash = keyHash;
        this.role = role;
        this.principalId = principalId;
        this.principalName = principalName;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getRole() { return role; }
    public String getPrincipalId() { return principalId; }
    public String getPrincipalName() { return principalName; }
}
