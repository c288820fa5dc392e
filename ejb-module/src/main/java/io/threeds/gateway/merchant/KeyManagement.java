package io.threeds.gateway.merchant;

import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.persistence.ApiKey;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.persistence.Partner;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's key lifecycle (API.md §1): further keys for a merchant, partner or auditor (a rotation is a
 * new key, then the old one revoked or left to expire), their list without secrets, revocation, and a
 * merchant's webhook secret rotated with an overlap. Every change is an audit event.
 */
@Stateless
public class KeyManagement {
    static final int MAX_OVERLAP_HOURS = 24 * 7;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @EJB
    ApiKeys apiKeys;

    @EJB
    AuditTrail audit;

    @Inject
    FieldCipher cipher;

    public IssuedKey issue(Caller admin, Role role, String principalId, LocalDateTime expiresAt) {
        String name = principalName(role, principalId);
        if (expiresAt != null && !expiresAt.isAfter(Utc.now())) {
            throw ValidationException.of("expiresAt", "must be in the future");
        }
        IssuedKey issued = apiKeys.issue(role, principalId, name, expiresAt);
        Map<String, String> details = new HashMap<>(Map.of("keyId", issued.stored().getId(), "role", role.wireName(),
                "principalId", principalId, "prefix", issued.stored().getPrefix()));
        if (expiresAt != null) {
            details.put("expiresAt", expiresAt.toString());
        }
        audit.append(new AuditEntry("api_key.issued", admin.actor(), admin.role().wireName(), merchantOf(role, principalId),
                null, "CREATED", details));
        return issued;
    }

    public List<ApiKey> list(Role role, String principalId) {
        principalName(role, principalId);
        return apiKeys.of(role, principalId);
    }

    /** Revokes the key at once (every instance reads keys per request); revoking it again changes nothing. */
    public void revoke(Caller admin, Role role, String principalId, String keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.getRole().equals(role.name()) || !key.getPrincipalId().equals(principalId)) {
            throw GatewayException.notFound("key");
        }
        if (key.getRevokedAt() != null) {
            return;
        }
        key.revoke(Utc.now());
        audit.append(new AuditEntry("api_key.revoked", admin.actor(), admin.role().wireName(),
                merchantOf(role, principalId), null, "REVOKED", Map.of("keyId", keyId, "role", role.wireName(),
                "principalId", principalId, "prefix", String.valueOf(key.getPrefix()))));
    }

    /**
     * A new webhook secret for the merchant; the current one keeps signing beside it for {@code overlapHours}
     * (0 to 168), so that the merchant's endpoint can switch without losing a delivery.
     */
    public String rotateWebhookSecret(Caller admin, String merchantId, int overlapHours) {
        if (overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
            throw ValidationException.of("overlapHours", "must be 0 to " + MAX_OVERLAP_HOURS);
        }
        Merchant merchant = em.find(Merchant.class, merchantId);
        if (merchant == null) {
            throw GatewayException.notFound("merchant");
        }
        String secret = ApiKeys.secret("whsec_");
        String current = merchant.getWebhookSecretEncrypted() == null ? null
                : cipher.decrypt(EncryptedColumn.WEBHOOK_SECRET, merchantId, merchant.getWebhookSecretEncrypted());
        merchant.rotateWebhookSecret(cipher.encrypt(EncryptedColumn.WEBHOOK_SECRET, merchantId, secret),
                current == null ? null : cipher.encrypt(EncryptedColumn.PREVIOUS_WEBHOOK_SECRET, merchantId, current),
                current == null ? null : Utc.now().plusHours(overlapHours));
        audit.append(new AuditEntry("webhook_secret.rotated", admin.actor(), admin.role().wireName(), merchantId, null,
                "CHANGED", Map.of("overlapHours", String.valueOf(overlapHours))));
        return secret;
    }

    /** The principal's name; 404 when there is no such merchant, partner or auditor. */
    private String principalName(Role role, String principalId) {
        String name = switch (role) {
            case MERCHANT -> {
                Merchant merchant = principalId == null ? null : em.find(Merchant.class, principalId);
                yield merchant == null ? null : merchant.getName();
            }
            case PARTNER -> {
                Partner partner = principalId == null ? null : em.find(Partner.class, principalId);
                yield partner == null ? null : partner.getName();
            }
            default -> apiKeys.of(role, principalId).stream().findFirst().map(ApiKey::getPrincipalName).orElse(null);
        };
        if (name == null) {
            throw GatewayException.notFound(role.wireName());
        }
        return name;
    }

    private static String merchantOf(Role role, String principalId) {
        return role == Role.MERCHANT ? principalId : null;
    }
}
