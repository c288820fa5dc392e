package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The encrypted card of an authentication whose provider needs it again; deleted as soon as it is not. */
@Entity
@Table(name = "held_card")
@NamedQuery(name = "HeldCard.expired", query = "DELETE FROM HeldCard h WHERE h.expiresAt < :now")
public class HeldCard {
    @Id
    @Column(name = "authentication_id")
    private String authenticationId;
    @Column(name = "card_enc")
    private String cardEncrypted;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected HeldCard() {
    }

    public HeldCard(String authenticationId, String cardEncrypted, LocalDateTime expiresAt) {
        this.authenticationId = authenticationId;
        this.cardEncrypted = cardEncrypted;
        this.expiresAt = expiresAt;
    }

    public String getCardEncrypted() { return cardEncrypted; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}
