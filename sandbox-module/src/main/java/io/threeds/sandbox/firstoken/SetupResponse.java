package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import java.net.URI;
import java.time.Instant;

/**
 * Setup's answer (PROVIDERS.md §3.3.1), with the seed's {@code transactionId} in camelCase (G-F2) and, in
 * consistent mode, the request's own {@code reference_code} echoed (G-F3).
 */
final class SetupResponse {
    static final String MESSAGE = "Payer authentication setup successful";

    private SetupResponse() {
    }

    static JsonAnswer of(String referenceCode, String referenceId, String accessToken, URI deviceDataCollectionUrl,
                         Instant now) {
        return JsonAnswer.success(MESSAGE, Jsonp.createObjectBuilder()
                .add("transaction_info", Jsonp.createObjectBuilder()
                        .add("type", "setup_auth_response")
                        .add("transactionId", Identifiers.transactionId(now))
                        .add("reference_code", referenceCode)
                        .add("request_id", Identifiers.requestId(now))
                        .add("status", "Completed")
                        .add("created_at", Identifiers.createdAt(now)))
                .add("consumer_auth_info", Jsonp.createObjectBuilder()
                        .add("access_token", accessToken)
                        .add("device_data_collection_url", deviceDataCollectionUrl.toString())
                        .add("reference_id", referenceId)
                        .add("token", Identifiers.token()))
                .build());
    }
}
