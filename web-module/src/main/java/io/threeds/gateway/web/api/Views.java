package io.threeds.gateway.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's response bodies (API.md), as records: the wire contract, independent of the entities. */
public final class Views {
    private Views() {
    }

    @Schema(description = "Money in minor units")
    public record AmountView(long value, String currency) {
    }

    @Schema(description = "The card as the gateway keeps it: never more than BIN and last 4. For a card "
            + "encrypted in the shopper's browser, bin, last4 and brand are null until the provider reports them "
            + "(verifone: the brand with the lookup, BIN and last 4 with the payment)")
    @JsonbPropertyOrder({"bin", "last4", "brand", "expiryMonth", "expiryYear"})
    public record CardView(String bin, String last4, String brand, Integer expiryMonth, Integer expiryYear) {
    }

    @Schema(description = "The raw browser step, for merchants who render it themselves")
    @JsonbPropertyOrder({"purpose", "method", "url", "fields", "target", "windowSize"})
    public record BrowserActionView(String purpose, String method, String url, Map<String, String> fields,
                                    String target, String windowSize) {
    }

    @Schema(description = "What the shopper's browser must do while state is PENDING_BROWSER")
    @JsonbPropertyOrder({"type", "url", "browserAction"})
    public record NextActionView(String type, String url, BrowserActionView browserAction) {
    }

    @Schema(description = "The provider's authorisation of the payment")
    @JsonbPropertyOrder({"status", "providerTransactionId", "approvalCode", "responseCode", "amount", "createdAt"})
    public record AuthorizationView(String status, String providerTransactionId, String approvalCode,
                                    String responseCode, AmountView amount, String createdAt) {
    }

    @Schema(description = "One authentication attempt and its EMV 3-D Secure result")
    @JsonbPropertyOrder({"id", "merchantId", "merchantName", "merchantReference", "provider", "state", "transStatus",
            "transStatusReason", "eci", "authenticationValue", "xid", "dsTransactionId", "acsTransactionId",
            "threeDSServerTransactionId", "threeDSVersion", "enrolled", "signatureVerification", "flow",
            "liabilityShift", "recommendedAction", "cardholderInfo", "card", "amount", "nextAction",
            "authorization", "createdAt", "updatedAt", "expiresAt"})
    public record AuthenticationView(
            String id, String merchantId,
            @Schema(description = "Auditors only (left out of merchant and partner answers): the merchant's "
                    + "branding display name, else its name", example = "Blumen Müller")
            @JsonbNillable(false) String merchantName,
            String merchantReference, String provider,
            @Schema(enumeration = {"PENDING_BROWSER", "PROCESSING", "COMPLETED", "FAILED", "EXPIRED"}) String state,
            @Schema(enumeration = {"Y", "A", "N", "U", "R", "C", "D", "I", "E"}) String transStatus,
            String transStatusReason,
            @Schema(description = "Always two digits", example = "05") String eci,
            @Schema(description = "CAVV/AAV; only for the owning merchant, null for auditors") String authenticationValue,
            String xid, String dsTransactionId, String acsTransactionId, String threeDSServerTransactionId,
            String threeDSVersion, String enrolled, String signatureVerification,
            @Schema(enumeration = {"FRICTIONLESS", "CHALLENGE", "THREEDS1", "NOT_APPLICABLE"}) String flow,
            boolean liabilityShift,
            @Schema(enumeration = {"PROCEED", "PROCEED_WITHOUT_LIABILITY_SHIFT", "DO_NOT_PROCEED", "RETRY",
                    "AWAIT_BROWSER"}) String recommendedAction,
            String cardholderInfo, CardView card, AmountView amount, NextActionView nextAction,
            AuthorizationView authorization, String createdAt, String updatedAt, String expiresAt) {
        /** Never prints the authentication value or the hosted page's token. */
        @Override
        public String toString() {
            return "AuthenticationView[" + id + ", " + state + ", " + transStatus + "]";
        }
    }

    public record AuthenticationList(List<AuthenticationView> items) {
    }

    @JsonbPropertyOrder({"id", "name", "apiKey", "defaultProvider", "allowedProviders", "webhookUrl",
            "allowedReturnOrigins", "createdAt", "webhookSecret"})
    public record MerchantView(String id, String name,
                               @Schema(description = "Shown once, at creation") String apiKey,
                               String defaultProvider, List<String> allowedProviders, String webhookUrl,
                               List<String> allowedReturnOrigins, String createdAt,
                               @Schema(description = "Signs this merchant's webhooks (Threeds-Signature); shown once, "
                                       + "at creation, when a webhookUrl is set") String webhookSecret,
                               BrandingView branding) {
        /** Never prints the API key or the webhook secret. */
        @Override
        public String toString() {
            return "MerchantView[" + id + "]";
        }
    }

    /** How the hosted page presents the merchant; the logo is served inlined, as fetched at creation. */
    public record BrandingView(String displayName, String logoUrl, String accentColor) {
    }

    @JsonbPropertyOrder({"id", "name", "apiKey"})
    public record AuditorView(String id, String name, String apiKey) {
        /** Never prints the API key. */
        @Override
        public String toString() {
            return "AuditorView[" + id + "]";
        }
    }

    @JsonbPropertyOrder({"id", "name", "apiKey", "merchantIds", "pendingLinks", "createdAt"})
    public record PartnerView(String id, String name,
                              @Schema(description = "Shown once, at creation") String apiKey,
                              @Schema(description = "The merchants the partner may act for (Merchant-Id): those "
                                      + "that consented")
                              List<String> merchantIds,
                              @Schema(description = "Links waiting for the merchant's consent")
                              List<AccessViews.PartnerLinkView> pendingLinks, String createdAt) {
        /** Never prints the API key. */
        @Override
        public String toString() {
            return "PartnerView[" + id + "]";
        }
    }

    @Schema(description = "One link of the hash-chained audit trail")
    @JsonbPropertyOrder({"id", "sequence", "at", "type", "actor", "actorRole", "merchantId", "merchantName",
            "authenticationId", "outcome", "details", "previousHash", "hash", "chainPosition", "sealed"})
    public record AuditEventView(
            String id,
            @Schema(description = "Order of writing, ascending; gaps where a transaction rolled back") long sequence,
            @Schema(description = "RFC 3339 UTC with milliseconds, exactly as hashed",
                    example = "2026-11-22T10:00:00.123Z") String at,
            @Schema(example = "authentication.completed") String type,
            @Schema(description = "role:principal id, 'browser' or 'admin:system'", example = "merchant:0b6c...")
            String actor,
            @Schema(enumeration = {"merchant", "partner", "auditor", "admin", "browser", "system"}) String actorRole,
            String merchantId,
            @Schema(description = "The merchant's branding display name, else its name; null when the event is "
                    + "about no merchant", example = "Blumen Müller") String merchantName,
            String authenticationId, String outcome,
            @Schema(description = "What happened; never card data beyond BIN and last 4. A partner's events "
                    + "carry onBehalfOf, the merchant it acted for") Map<String, String> details,
            @Schema(description = "hash of the previous event in the chain (64 zeros for the first); null while "
                    + "pending") String previousHash,
            @Schema(description = "SHA-256 hex of previousHash followed by the event's canonical JSON; null while "
                    + "pending") String hash,
            @Schema(description = "Position in the chain, 1 for the first event, no gaps; null while pending")
            Long chainPosition,
            @Schema(description = "false while the event waits for the sealer (about a second): written, not yet "
                    + "chained or signed") boolean sealed) {
    }

    @JsonbPropertyOrder({"items", "nextCursor"})
    public record AuditEventPage(List<AuditEventView> items,
                                 @Schema(description = "Pass as cursor for the next (older) page; null on the last")
                                 String nextCursor) {
    }

    @JsonbPropertyOrder({"items", "nextCursor"})
    public record AuthenticationPage(
            @Schema(description = "Newest first; authenticationValue is null and card has BIN and last 4 only")
            List<AuthenticationView> items,
            @Schema(description = "Pass as cursor for the next (older) page; null on the last") String nextCursor) {
    }

    @Schema(description = "Statistics of one group of authentications")
    @JsonbPropertyOrder({"key", "merchantName", "authentications", "transStatus", "withoutResult", "frictionlessRate",
            "challengeRate", "liabilityShiftRate", "providerCalls", "latencyP50Ms", "latencyP95Ms"})
    public record StatsGroupView(
            @Schema(description = "The provider id, the merchant id, or the UTC day (yyyy-MM-dd)") String key,
            @Schema(description = "Grouped by merchant: the merchant's branding display name, else its name; null "
                    + "for the other groupings", example = "Blumen Müller") String merchantName,
            @Schema(description = "Authentications created in [from, to) in this group") long authentications,
            @Schema(description = "Count of authentications per EMV transStatus (Y, A, N, U, R, C, D, I and the "
                    + "gateway's E), every status present, 0 when none; A is counted as A, never as Y or N")
            Map<String, Long> transStatus,
            @Schema(description = "Authentications without a transStatus yet (still processing)") long withoutResult,
            @Schema(description = "Share of the group's authentications, 0 to 1 (4 decimals), whose flow is "
                    + "FRICTIONLESS: a result without any cardholder challenge") double frictionlessRate,
            @Schema(description = "Share of the group's authentications, 0 to 1 (4 decimals), whose flow is "
                    + "CHALLENGE or THREEDS1: the issuer showed the cardholder a challenge") double challengeRate,
            @Schema(description = "Share of the group's authentications, 0 to 1 (4 decimals), with "
                    + "liabilityShift true") double liabilityShiftRate,
            @Schema(description = "Calls made to the provider for these authentications (every HTTP exchange, "
                    + "failed ones included)") long providerCalls,
            @Schema(description = "Median provider-call latency in milliseconds, nearest-rank: the smallest "
                    + "measured latency that at least 50 % of the calls did not exceed; null without calls")
            Long latencyP50Ms,
            @Schema(description = "95th percentile of provider-call latency in milliseconds, nearest-rank: the "
                    + "smallest measured latency that at least 95 % of the calls did not exceed; null without "
                    + "calls") Long latencyP95Ms) {
    }

    @JsonbPropertyOrder({"groupBy", "from", "to", "merchantId", "provider", "groups"})
    public record StatsView(@Schema(enumeration = {"provider", "merchant", "day"}) String groupBy,
                            @Schema(description = "As given (inclusive), or null for no lower bound") String from,
                            @Schema(description = "As given (exclusive), or null for no upper bound") String to,
                            @Schema(description = "The merchant filter, or null") String merchantId,
                            @Schema(description = "The provider filter, or null") String provider,
                            @Schema(description = "One per group that has authentications, ordered by key")
                            List<StatsGroupView> groups) {
    }

    @JsonbPropertyOrder({"verified", "checked", "head", "pendingEvents", "checkpoint", "extendsCheckpoint",
            "firstBrokenEventId", "reason"})
    public record VerificationView(
            boolean verified,
            @Schema(description = "Sealed events whose content was checked (those in [from, to) when given)")
            long checked,
            @Schema(description = "The chain's hash at the latest checkpoint; null when broken") String head,
            @Schema(description = "Events written but not sealed yet: not verified") long pendingEvents,
            @Schema(description = "The latest signed checkpoint the walk reached; null when broken or none yet")
            CheckpointView checkpoint,
            @Schema(description = "With a checkpoint given: true when the chain extends it; null without one")
            Boolean extendsCheckpoint,
            String firstBrokenEventId, String reason) {
    }

    @Schema(description = "A signed checkpoint: keep it outside the system, and pass it to verify later as "
            + "base64 of this JSON")
    @JsonbPropertyOrder({"batch", "firstSequence", "sequence", "head", "merkleRoot", "sealedAt", "keyId",
            "signature"})
    public record CheckpointView(
            @Schema(description = "The sealed batch it signs, 1 for the first") long batch,
            @Schema(description = "The batch's first chain position") long firstSequence,
            @Schema(description = "The chain position it covers up to (the batch's last)") long sequence,
            @Schema(description = "The chain's hash at sequence") String head,
            @Schema(description = "RFC 6962 Merkle root of the batch's hashes") String merkleRoot,
            @Schema(description = "RFC 3339 UTC with milliseconds") String sealedAt,
            @Schema(description = "The signing key's id: the first 16 hex digits of its SHA-256") String keyId,
            @Schema(description = "HMAC-SHA256 hex of threeds-audit-checkpoint-v1|batch|firstSequence|sequence|"
                    + "head|merkleRoot|sealedAt|keyId") String signature) {
    }
}
