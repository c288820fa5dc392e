package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * {@code /payments}' answer (PROVIDERS.md §3.3.5): authorised with the seed's {@code "Payment sucessful"}
 * (sic, kept: clients may match on it), the request's amount and currency echoed (G-F4), or declined.
 */
final class PaymentResponse {
    static final String AUTHORIZED_MESSAGE = "Payment sucessful";
    static final String DECLINED_MESSAGE = "Payment declined";

    private PaymentResponse() {
    }

    static JsonAnswer authorized(String referenceCode, Amount amount, Instant now) {
        String requestId = Identifiers.requestId(now);
        return JsonAnswer.success(AUTHORIZED_MESSAGE, Jsonp.createObjectBuilder()
                .add("transaction_info", Jsonp.createObjectBuilder()
                        .add("type", "payment_response")
                        .add("reference_code", referenceCode)
                        .add("transaction_id", Identifiers.transactionId(now))
                        .add("request_id", requestId)
                        .add("status", "Authorized")
                        .add("response_code", "00")
                        .add("reconciliation_id", requestId)
                        .add("created_at", Identifiers.createdAt(now)))
                .add("order_info", Jsonp.createObjectBuilder()
                        .add("amount_details", Jsonp.createObjectBuilder()
                                .add("authorized_amount", amount.number())
                                .add("currency", amount.currency().getCurrencyCode())))
                .add("processor_info", Jsonp.createObjectBuilder()
                        .add("approval_code", Identifiers.approvalCode())
                        .add("transaction_id", Identifiers.processorTransactionId())
                        .add("avs", Jsonp.createObjectBuilder().add("code", "Y").add("codeRaw", "Y")))
                .build());
    }

    /**
     * The simulator's decline (G-F4, an invention): HTTP 200, envelope {@code fail}, status {@code Declined},
     * response code {@code 05} (ISO 8583 "do not honour"), no processor data.
     */
    static JsonAnswer declined(String referenceCode, Instant now) {
        JsonObjectBuilder info = Jsonp.createObjectBuilder()
                .add("type", "payment_response")
                .add("reference_code", referenceCode)
                .add("transaction_id", Identifiers.transactionId(now))
                .add("request_id", Identifiers.requestId(now))
                .add("status", "Declined")
                .add("response_code", "05")
                .add("created_at", Identifiers.createdAt(now));
        return JsonAnswer.failWithData(DECLINED_MESSAGE,
                Jsonp.createObjectBuilder().add("transaction_info", info).build());
    }
}
