package io.threeds.sandbox.worldline;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * The JSON Worldline answers with, shaped after the seed's examples (PROVIDERS.md §5.4): the
 * {@code payment} object (Get Payment's whole body), the 201 of Create Payment and the 402 of a rejected
 * one.
 */
final class PaymentDocument {
    private static final DateTimeFormatter STATUS_CHANGE =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private PaymentDocument() {
    }

    /** {@code {id, paymentOutput, status, statusOutput}}. */
    static JsonObject payment(Payment payment) {
        Outcome outcome = payment.outcome();
        return Jsonp.createObjectBuilder()
                .add("id", payment.id())
                .add("paymentOutput", paymentOutput(payment))
                .add("status", outcome.status().name())
                .add("statusOutput", statusOutput(outcome))
                .build();
    }

    /** The 201 answer: {@code creationOutput}, {@code merchantAction} for a redirect, {@code payment}. */
    static JsonObject created(Payment payment, URI applicationBase) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("creationOutput", creationOutput(payment));
        Redirect redirect = payment.redirect();
        if (redirect != null) {
            JsonObjectBuilder action = Jsonp.createObjectBuilder()
                    .add("actionType", "REDIRECT")
                    .add("redirectData", Jsonp.createObjectBuilder()
                            .add("RETURNMAC", redirect.returnMac())
                            .add("redirectURL", redirect.url(applicationBase).toString()));
            if (redirect.page() != RedirectPage.CHALLENGE) {
                action.add("showData", JsonValue.EMPTY_JSON_ARRAY);
            }
            json.add("merchantAction", action);
        }
        return json.add("payment", payment(payment)).build();
    }

    /**
     * The 402 answer: {@code errorId}, {@code errors} and the {@code paymentResult}, whose
     * {@code merchantAction} appears only when the issuer gave cardholder information (the seed's …5550).
     */
    static JsonObject rejected(Payment payment) {
        JsonObjectBuilder result = Jsonp.createObjectBuilder().add("creationOutput", creationOutput(payment));
        String cardholderInfo = payment.outcome().cardholderInfo();
        if (cardholderInfo != null) {
            JsonArray showData = Jsonp.createArrayBuilder()
                    .add(Jsonp.createObjectBuilder().add("key", "CARDHOLDERINFO").add("value", cardholderInfo))
                    .build();
            result.add("merchantAction", Jsonp.createObjectBuilder()
                    .add("actionType", "SHOW_TRANSACTION_RESULTS")
                    .add("renderingData", renderingData(payment, showData))
                    .add("showData", showData));
        }
        return WorldlineErrors.body(List.of(payment.outcome().error()))
                .add("paymentResult", result.add("payment", payment(payment)))
                .build();
    }

    private static JsonObject creationOutput(Payment payment) {
        return Jsonp.createObjectBuilder()
                .add("additionalReference", payment.additionalReference())
                .add("externalReference", payment.externalReference())
                .build();
    }

    private static JsonObject paymentOutput(Payment payment) {
        Order order = payment.order();
        JsonObjectBuilder references = Jsonp.createObjectBuilder();
        if (order.merchantOrderId() != null) {
            references.add("merchantOrderId", order.merchantOrderId());
        }
        if (order.merchantReference() != null) {
            references.add("merchantReference", order.merchantReference());
        }
        references.add("paymentReference", "0");

        JsonObjectBuilder card = Jsonp.createObjectBuilder().add("cardNumber", order.maskedCard());
        if (order.expiryDate() != null) {
            card.add("expiryDate", order.expiryDate());
        }
        JsonObjectBuilder cardOutput = Jsonp.createObjectBuilder().add("paymentProductId", order.paymentProductId());
        Outcome outcome = payment.outcome();
        if (outcome.status() == PaymentStatus.PENDING_APPROVAL) {
            cardOutput.add("fraudResults", Jsonp.createObjectBuilder()
                    .add("fraudServiceResult", "no-advice").add("avsResult", "0").add("cvvResult", "0"));
        }
        if (outcome.results() != null) {
            cardOutput.add("threeDSecureResults", outcome.results().toJson());
        }
        cardOutput.add("card", card);

        return Jsonp.createObjectBuilder()
                .add("amountOfMoney", order.amountOfMoney())
                .add("references", references)
                .add("paymentMethod", "card")
                .add("cardPaymentMethodSpecificOutput", cardOutput)
                .build();
    }

    private static JsonObject statusOutput(Outcome outcome) {
        PaymentStatus status = outcome.status();
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        if (outcome.error() != null) {
            json.add("errors", Jsonp.createArrayBuilder().add(outcome.error().toJson(true)));
        }
        json.add("isCancellable", status.cancellable())
                .add("statusCategory", status.statusCategory())
                .add("statusCode", status.statusCode())
                .add("statusCodeChangeDateTime", STATUS_CHANGE.format(outcome.changedAt()))
                .add("isAuthorized", status.authorized())
                .add("isRefundable", false);
        if (status.threeDSecureStatus() != null) {
            json.add("threeDSecureStatus", status.threeDSecureStatus());
        }
        return json.build();
    }

    /** Hosted-checkout rendering data (base64 JSON, §6.2), made consistent with the payment (G-W10). */
    private static String renderingData(Payment payment, JsonValue showData) {
        Order order = payment.order();
        JsonObjectBuilder input = Jsonp.createObjectBuilder();
        JsonObject money = order.amountOfMoney();
        if (money.containsKey("amount")) {
            input.add("amount", money.get("amount"));
        }
        if (money.containsKey("currencyCode")) {
            input.add("currencyCode", money.get("currencyCode"));
        }
        JsonObject data = Jsonp.createObjectBuilder()
                .add("type", "rppHostedCheckout")
                .add("createdPaymentOutput", Jsonp.createObjectBuilder()
                        .add("payment", Jsonp.createObjectBuilder()
                                .add("id", payment.id())
                                .add("status", payment.outcome().status().name()))
                        .add("merchantAction", Jsonp.createObjectBuilder()
                                .add("actionType", "SHOW_TRANSACTION_RESULTS")
                                .add("showData", showData)))
                .add("partialPaymentInput", input
                        .add("merchantId", payment.merchantId())
                        .add("paymentProductId", order.paymentProductId()))
                .build();
        return Base64.getEncoder().encodeToString(data.toString().getBytes(StandardCharsets.UTF_8));
    }
}
