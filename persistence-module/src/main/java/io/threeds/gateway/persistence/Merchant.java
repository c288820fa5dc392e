package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "merchant")
public class Merchant {
    @Id
    private String id;
    private String name;
    @Column(name = "default_provider")
    private String defaultProvider;
    /** Comma-separated provider ids; empty means every provider. */
    @Column(name = "allowed_providers")
    private String allowedProviders;
    @Column(name = "webhook_url")
    private String webhookUrl;
    /** Newline-separated origins ({@code https://shop.example}); empty means any https origin. */
    @Column(name = "allowed_return_origins")
    private String allowedReturnOrigins;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    /** The routing rules as JSON (first match wins), or null for the default provider only. */
    @Column(name = "routing_rules")
    private String routingRules;
    /** The secret that signs this merchant's webhooks, encrypted. */
    @Column(name = "webhook_secret_enc")
    private String webhookSecretEncrypted;
    /** The secret being replaced, encrypted: it still signs, beside the new one, until {@link #previousSecretUntil}. */
    @Column(name = "previous_webhook_secret_enc")
    private String previousWebhookSecretEncrypted;
    @Column(name = "previous_webhook_secret_until")
    private LocalDateTime previousSecretUntil;
    /** Branding on the hosted page: the name shoppers know, #rrggbb, and the logo's URL and data: URI. */
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "accent_color")
    private String accentColor;
    @Column(name = "logo_url")
    private String logoUrl;
    @Column(name = "logo_data")
    private String logoData;

    protected Merchant() {
    }

    public Merchant(String id, String name, String defaultProvider, List<String> allowedProviders,
                    String webhookUrl, List<String> allowedReturnOrigins, LocalDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.defaultProvider = defaultProvider;
        this.allowedProviders = String.join(",", allowedProviders);
        this.webhookUrl = webhookUrl;
        this.allowedReturnOrigins = String.join("\n", allowedReturnOrigins);
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getDefaultProvider() { return defaultProvider; }
    public String getWebhookUrl() { return webhookUrl; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getWebhookSecretEncrypted() { return webhookSecretEncrypted; }

    public String getRoutingRules() { return routingRules; }
    public String getDisplayName() { return displayName; }
    public String getAccentColor() { return accentColor; }
    public String getLogoUrl() { return logoUrl; }
    public String getLogoData() { return logoData; }

    /** The name shoppers and auditors see: the branding's display name, else the merchant's name. */
    public String shownName() {
        return displayName == null ? name : displayName;
    }

    /** The hosted page's branding; {@code logoData} is the logo fetched from {@code logoUrl} as a data: URI. */
    public void brand(String displayName, String accentColor, String logoUrl, String logoData) {
        this.displayName = displayName;
        this.accentColor = accentColor;
        this.logoUrl = logoUrl;
        this.logoData = logoData;
    }

    /** The admin changed its settings (PATCH); an empty list allows every provider or origin. */
    public void reconfigure(String defaultProvider, List<String> allowedProviders, String webhookUrl,
                            List<String> allowedReturnOrigins) {
        this.defaultProvider = defaultProvider;
        this.allowedProviders = String.join(",", allowedProviders);
        this.webhookUrl = webhookUrl;
        this.allowedReturnOrigins = String.join("\n", allowedReturnOrigins);
    }

    public void routeBy(String rulesJson) {
        this.routingRules = rulesJson;
    }

    public void signWebhooksWith(String secretEncrypted) {
        this.webhookSecretEncrypted = secretEncrypted;
    }

    public String getPreviousWebhookSecretEncrypted() { return previousWebhookSecretEncrypted; }
    public LocalDateTime getPreviousSecretUntil() { return previousSecretUntil; }

    /** A new secret; the current one keeps signing beside it until {@code overlapEnds}. */
    public void rotateWebhookSecret(String newSecretEncrypted, String currentReEncrypted, LocalDateTime overlapEnds) {
        this.previousWebhookSecretEncrypted = currentReEncrypted;
        this.previousSecretUntil = overlapEnds;
        this.webhookSecretEncrypted = newSecretEncrypted;
    }

    public List<String> getAllowedProviders() {
        return split(allowedProviders, ",");
    }

    public List<String> getAllowedReturnOrigins() {
        return split(allowedReturnOrigins, "\n");
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(separator));
    }
}
