package io.threeds.gateway.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Response bodies of the key lifecycle and partner links (API.md §1). */
public final class AccessViews {
    private AccessViews() {
    }

    /** A key as a list shows it: never the secret, only its first characters. */
    @JsonbPropertyOrder({"keyId", "prefix", "createdAt", "expiresAt", "lastUsedAt", "revokedAt"})
    public record KeyView(String keyId, String prefix, String createdAt, String expiresAt, String lastUsedAt,
                          String revokedAt) {
    }

    public record KeyList(List<KeyView> items) {
    }

    /** A key just issued: the only time its secret is shown. */
    @JsonbPropertyOrder({"keyId", "apiKey", "createdAt", "expiresAt"})
    public record IssuedKeyView(String keyId, String apiKey, String createdAt, String expiresAt) {
        @Override
        public String toString() {
            return "IssuedKeyView[" + keyId + "]";
        }
    }

    public record WebhookSecretView(String webhookSecret) {
        @Override
        public String toString() {
            return "WebhookSecretView[]";
        }
    }

    @JsonbPropertyOrder({"linkId", "partnerId", "merchantId", "status", "requestedAt"})
    public record PartnerLinkView(String linkId, String partnerId, String merchantId, String status,
                                  String requestedAt) {
    }

    public record PartnerLinkList(List<PartnerLinkView> items) {
    }
}
