package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The encrypted request (card included) of an authentication whose provider needs it again; deleted as soon as it is not. */
@Entity
@Table(name = "held_request")
@NamedQuery(name = "HeldRequest.expired", query = "DELETE FROM HeldRequest h WHERE h.expiresAt < :now")
public class HeldRequest {
    @Id
    @Column(name = "authentication_id")
    private String authenticationId;
    @Column(name = "request_enc")
    private String requestEncrypted;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected HeldRequest() {
    }

    public HeldRequest(String authenticationId, String requestEncrypted, LocalDateTime expiresAt) {
        this.authenticationId = authenticationId;
        this.requestEncrypted = requestEncrypted;
        this.expiresAt = expiresAt;
    }

    public String getRequestEncrypted() { return requestEncrypted; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}
