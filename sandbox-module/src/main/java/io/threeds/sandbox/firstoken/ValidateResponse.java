package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import java.time.Instant;

/**
 * Validate's answer (PROVIDERS.md §3.3.4): the step-up's final result. Beside the documented members it
 * repeats {@code veres_enrolled}, {@code signed_pares_status_reason} (N and U, G-F8) and
 * {@code acs_reference_number}, so that it describes the authentication on its own as enroll's does.
 * Answering the same transaction again gives the same result with fresh call ids and token.
 */
final class ValidateResponse {
    static final String CALL = "Validation";

    private ValidateResponse() {
    }

    static JsonAnswer of(String referenceCode, StepUp stepUp, Instant now) {
        AuthenticationResult result = stepUp.result();
        AuthenticationIds ids = stepUp.ids();
        return JsonAnswer.success(result.status().message(CALL), Jsonp.createObjectBuilder()
                .add("transaction_info", Jsonp.createObjectBuilder()
                        .add("type", "validate_result_response")
                        .add("transaction_id", Identifiers.transactionId(now))
                        .add("reference_code", referenceCode)
                        .add("request_id", Identifiers.requestId(now))
                        .add("status", result.status().wireName())
                        .add("created_at", Identifiers.createdAt(now)))
                .add("consumer_auth_info", new SparseObject()
                        .add("pares_status", result.paresStatus())
                        .add("eci", result.eci())
                        .add("eci_raw", result.eciRaw())
                        .add("cavv", result.cavv())
                        .add("xid", ids.xid())
                        .add("commerce_indicator", result.commerceIndicator())
                        .add("token", Identifiers.token())
                        .add("veres_enrolled", result.veresEnrolled())
                        .add("authentication_transaction_id", stepUp.transactionId())
                        .add("acs_transaction_id", ids.acsTransactionId())
                        .add("signed_pares_status_reason", result.reason())
                        .add("directory_server_transaction_id", ids.directoryServerTransactionId())
                        .add("tree_dss_server_transaction_id", ids.threeDSServerTransactionId())
                        .add("specificationVersion", ids.specificationVersion())
                        .add("acs_reference_number", AuthenticationIds.ACS_REFERENCE_NUMBER)
                        .build())
                .build());
    }
}
