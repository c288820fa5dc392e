package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Check enrollment's answer (PROVIDERS.md §3.3.3, the seed's Rejected Frictionless example): a final
 * result, or a step-up ({@code pares_status C}, {@code Pending_authentication}) with what the browser
 * needs for it. Every documented spelling is kept: {@code tree_dss_server_transaction_id} (G-F1),
 * {@code specificationVersion} (G-F2), {@code eci_raw} with {@code eci} beside it only for Y and A (G-F14).
 */
final class EnrollResponse {
    static final String CALL = "Check enroll";

    private EnrollResponse() {
    }

    /** Frictionless, or no authentication at all ({@code veres_enrolled} U/B): no validate follows. */
    static JsonAnswer completed(String referenceCode, CardNumber card, String authenticationTransactionId,
                                AuthenticationIds ids, AuthenticationResult result, Instant now) {
        JsonObject auth = new SparseObject()
                .add("eci_raw", result.eciRaw())
                .add("eci", result.eci())
                .add("cavv", result.cavv())
                .add("commerce_indicator", result.commerceIndicator())
                .add("token", Identifiers.token())
                .add("pares_status", result.paresStatus())
                .add("veres_enrolled", result.veresEnrolled())
                .add("acs_transaction_id", ids.acsTransactionId())
                .add("authentication_transaction_id", authenticationTransactionId)
                .add("signed_pares_status_reason", result.reason())
                .add("specificationVersion", ids.specificationVersion())
                .add("tree_dss_server_transaction_id", ids.threeDSServerTransactionId())
                .add("directory_server_transaction_id", ids.directoryServerTransactionId())
                .add("acs_reference_number", ids.reachedAcs() ? AuthenticationIds.ACS_REFERENCE_NUMBER : null)
                .build();
        return answer(referenceCode, card, result.status(), auth, now);
    }

    /**
     * A step-up: the browser posts {@code JWT} (the step-up {@code access_token}) and {@code MD} to
     * {@code step_up_url}; {@code acs_url} names the same page, the only ACS this simulator has.
     */
    static JsonAnswer steppedUp(String referenceCode, CardNumber card, StepUp stepUp, String accessToken,
                                URI stepUpUrl, Instant now) {
        AuthenticationIds ids = stepUp.ids();
        JsonObject auth = new SparseObject()
                .add("token", Identifiers.token())
                .add("pares_status", "C")
                .add("veres_enrolled", "Y")
                .add("acs_transaction_id", ids.acsTransactionId())
                .add("authentication_transaction_id", stepUp.transactionId())
                .add("xid", ids.xid())
                .add("specificationVersion", ids.specificationVersion())
                .add("tree_dss_server_transaction_id", ids.threeDSServerTransactionId())
                .add("directory_server_transaction_id", ids.directoryServerTransactionId())
                .add("acs_reference_number", AuthenticationIds.ACS_REFERENCE_NUMBER)
                .add("acs_url", stepUpUrl.toString())
                .add("pareq", pareq(ids))
                .add("step_up_url", stepUpUrl.toString())
                .add("access_token", accessToken)
                .build();
        return answer(referenceCode, card, AuthenticationStatus.PENDING, auth, now);
    }

    private static JsonAnswer answer(String referenceCode, CardNumber card, AuthenticationStatus status,
                                     JsonObject auth, Instant now) {
        return JsonAnswer.success(status.message(CALL), Jsonp.createObjectBuilder()
                .add("transaction_info", Jsonp.createObjectBuilder()
                        .add("type", "check_enroll_response")
                        .add("transaction_id", Identifiers.transactionId(now))
                        .add("reference_code", referenceCode)
                        .add("request_id", Identifiers.requestId(now))
                        .add("status", status.wireName())
                        .add("created_at", Identifiers.createdAt(now)))
                .add("card", card(card))
                .add("consumer_auth_info", auth)
                .build());
    }

    /** {@code card}: the first 6 digits and the scheme. */
    private static JsonObjectBuilder card(CardNumber card) {
        return Jsonp.createObjectBuilder()
                .add("bin", card.digits().substring(0, 6))
                .add("type", CardType.of(card).name());
    }

    /**
     * Opaque to the merchant: base64 of the challenge request the ACS would receive, a CReq for 2.2.0
     * (as Cardinal's lookup payload decodes, §6.2), a PAReq with its XID for 1.0.2.
     */
    private static String pareq(AuthenticationIds ids) {
        String request = ids.xid() != null
                ? new SparseObject().add("messageType", "PAReq").add("version", ids.specificationVersion())
                        .add("xid", ids.xid()).build().toString()
                : new SparseObject().add("messageType", "CReq").add("messageVersion", ids.specificationVersion())
                        .add("threeDSServerTransID", ids.threeDSServerTransactionId())
                        .add("acsTransID", ids.acsTransactionId())
                        .add("challengeWindowSize", "02").build().toString();
        return Base64.getEncoder().encodeToString(request.getBytes(StandardCharsets.UTF_8));
    }
}
