package io.threeds.gateway.web.api;

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

    @Schema(description = "The card as the gateway keeps it: never more than BIN and last 4")
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
    @JsonbPropertyOrder({"id", "merchantId", "merchantReference", "provider", "state", "transStatus",
            "transStatusReason", "eci", "authenticationValue", "xid", "dsTransactionId", "acsTransactionId",
            "threeDSServerTransactionId", "threeDSVersion", "enrolled", "signatureVerification", "flow",
            "liabilityShift", "recommendedAction", "cardholderInfo", "card", "amount", "nextAction",
            "authorization", "createdAt", "updatedAt", "expiresAt"})
    public record AuthenticationView(
            String id, String merchantId, String merchantReference, String provider,
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
    }

    public record AuthenticationList(List<AuthenticationView> items) {
    }

    @JsonbPropertyOrder({"id", "name", "apiKey", "defaultProvider", "allowedProviders", "webhookUrl",
            "allowedReturnOrigins", "createdAt"})
    public record MerchantView(String id, String name,
                               @Schema(description = "Shown once, at creation") String apiKey,
                               String defaultProvider, List<String> allowedProviders, String webhookUrl,
                               List<String> allowedReturnOrigins, String createdAt) {
    }

    @JsonbPropertyOrder({"id", "name", "apiKey"})
    public record AuditorView(String id, String name, String apiKey) {
    }

    @JsonbPropertyOrder({"verified", "checked", "head", "firstBrokenEventId", "reason"})
    public record VerificationView(boolean verified, long checked, String head, String firstBrokenEventId,
                                   String reason) {
    }
}
