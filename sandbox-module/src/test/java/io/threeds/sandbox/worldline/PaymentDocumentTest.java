package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.ShopperAnswer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answers against the seed's examples (PROVIDERS.md §5.4). */
class PaymentDocumentTest {
    private static final URI BASE = URI.create("http://localhost:9080/sandbox/");

    @Test
    void frictionlessSuccessLikeTheSeedsCard0026() {
        JsonObject body = PaymentDocument.created(SeedRequest.payment("4012000033330026"), BASE);
        assertEquals(Set.of("creationOutput", "payment"), body.keySet());
        assertEquals(20, body.getJsonObject("creationOutput").getString("additionalReference").length());
        assertEquals(30, body.getJsonObject("creationOutput").getString("externalReference").length());
        JsonObject payment = body.getJsonObject("payment");
        assertEquals("000007041700000008370000100001", payment.getString("id"));
        assertEquals("PENDING_APPROVAL", payment.getString("status"));
        JsonObject status = payment.getJsonObject("statusOutput");
        assertEquals("PENDING_MERCHANT", status.getString("statusCategory"));
        assertEquals(600, status.getInt("statusCode"));
        assertTrue(status.getBoolean("isAuthorized"));
        assertTrue(status.getBoolean("isCancellable"));
        assertEquals("20190708223547", status.getString("statusCodeChangeDateTime"));
        assertFalse(status.containsKey("threeDSecureStatus"));

        JsonObject output = payment.getJsonObject("paymentOutput");
        assertEquals(Json.createObjectBuilder().add("currencyCode", "EUR").add("amount", 100).build(),
                output.getJsonObject("amountOfMoney"));
        assertEquals("vlSjO1XpvQgF3EYNvpA6rUDymoY6yD",
                output.getJsonObject("references").getString("merchantReference"));
        assertEquals(123456, output.getJsonObject("references").getInt("merchantOrderId"));
        JsonObject card = output.getJsonObject("cardPaymentMethodSpecificOutput");
        assertEquals(1, card.getInt("paymentProductId"));
        assertEquals("no-advice", card.getJsonObject("fraudResults").getString("fraudServiceResult"));
        assertEquals("************0026", card.getJsonObject("card").getString("cardNumber"));
        assertEquals("1220", card.getJsonObject("card").getString("expiryDate"));

        JsonObject results = card.getJsonObject("threeDSecureResults");
        assertEquals("05", results.getString("eci"));
        assertEquals(20, Base64.getDecoder().decode(results.getString("cavv")).length);
        assertEquals("2.1.0", results.getString("threeDSecureVersion"));
        assertEquals(36, results.getString("directoryServerTransactionId").length());
        assertEquals(36, results.getString("threeDServerTransactionId").length());
        JsonObject data = results.getJsonObject("threeDSecureData");
        assertEquals("frictionless", data.getString("method"));
        assertEquals("201907082235", data.getString("utcTimestamp"));
        assertEquals(data.getString("acsTransactionId").toUpperCase(), data.getString("acsTransactionId"));
    }

    @Test
    void mastercardGetsItsEcis() {
        assertEquals("02", eci(SeedRequest.payment("5200000000052701")));
        assertEquals("06", eci(SeedRequest.payment("4000000000002719")));
    }

    @Test
    void notAuthenticatedButAuthorizedLikeTheSeedsCard9026() {
        for (String card : new String[] {"4000000000009026", "4000000000002313", "4000000000002446",
                "4000000000002990", "4000000000002560"}) {
            JsonObject payment = PaymentDocument.created(SeedRequest.payment(card), BASE).getJsonObject("payment");
            assertEquals("PENDING_APPROVAL", payment.getString("status"));
            assertEquals(Json.createObjectBuilder().add("eci", "7").build(), results(payment));
        }
        Payment mastercard = SeedRequest.payment("5100000000009026");
        assertEquals("0", eci(mastercard));
    }

    @Test
    void rejectedByTheIssuerWithCardholderInfoLikeTheSeedsCard5550() {
        JsonObject body = PaymentDocument.rejected(SeedRequest.payment("4000000000055550"));
        assertEquals(32, body.getString("errorId").length());
        JsonObject error = body.getJsonArray("errors").getJsonObject(0);
        assertEquals("430330", error.getString("code"));
        assertEquals("REJECTED_BY_ISSUER", error.getString("message"));
        assertEquals(402, error.getInt("httpStatusCode"));
        assertFalse(error.containsKey("requestId"));

        JsonObject result = body.getJsonObject("paymentResult");
        JsonObject action = result.getJsonObject("merchantAction");
        assertEquals("SHOW_TRANSACTION_RESULTS", action.getString("actionType"));
        JsonObject info = action.getJsonArray("showData").getJsonObject(0);
        assertEquals("CARDHOLDERINFO", info.getString("key"));
        assertEquals(Issuer.CARDHOLDER_INFO, info.getString("value"));
        String rendering = new String(Base64.getDecoder().decode(action.getString("renderingData")), StandardCharsets.UTF_8);
        assertTrue(rendering.contains("\"id\":\"000007041700000008370000100001\""));

        JsonObject payment = result.getJsonObject("payment");
        assertEquals("REJECTED", payment.getString("status"));
        JsonObject status = payment.getJsonObject("statusOutput");
        assertEquals("UNSUCCESSFUL", status.getString("statusCategory"));
        assertEquals(180, status.getInt("statusCode"));
        assertFalse(status.getBoolean("isAuthorized"));
        assertEquals("INVALID_PARES_OR_NOT_COMPLETED", status.getString("threeDSecureStatus"));
        JsonObject statusError = status.getJsonArray("errors").getJsonObject(0);
        assertEquals("430330", statusError.getString("code"));
        assertTrue(statusError.containsKey("requestId"));
        JsonObject results = results(payment);
        assertEquals("07", results.getString("eci"));
        assertEquals("frictionless", results.getJsonObject("threeDSecureData").getString("method"));
        assertFalse(payment.getJsonObject("paymentOutput").getJsonObject("cardPaymentMethodSpecificOutput")
                .containsKey("fraudResults"));
    }

    @Test
    void notAuthenticatedFrictionlessHasNoCardholderInfo() {
        JsonObject body = PaymentDocument.rejected(SeedRequest.payment("4000000000002925"));
        assertFalse(body.getJsonObject("paymentResult").containsKey("merchantAction"));
        assertEquals("MEDIUM_CONFIDENCE", body.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void rejectedByTheIssuerIsToldApartByItsErrorAndEci() {
        JsonObject body = PaymentDocument.rejected(SeedRequest.payment("4000000000002537"));
        assertEquals("430330", body.getJsonArray("errors").getJsonObject(0).getString("code"));
        JsonObject payment = body.getJsonObject("paymentResult").getJsonObject("payment");
        assertEquals("REJECTED_BY_ISSUER",
                payment.getJsonObject("statusOutput").getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("07", results(payment).getString("eci"));
        assertEquals("00", eci(SeedRequest.payment("5200000000052537")));
    }

    @Test
    void challengeRedirectLikeTheSeedsCard7977() {
        Payment created = SeedRequest.payment("4000000000007977");
        JsonObject body = PaymentDocument.created(created, BASE);
        JsonObject redirect = body.getJsonObject("merchantAction").getJsonObject("redirectData");
        assertEquals("REDIRECT", body.getJsonObject("merchantAction").getString("actionType"));
        assertFalse(body.getJsonObject("merchantAction").containsKey("showData"));
        assertEquals(created.redirect().returnMac(), redirect.getString("RETURNMAC"));
        assertEquals("http://localhost:9080/sandbox/worldline/3dsecure/" + created.redirect().id()
                + "?returnMAC=" + created.redirect().returnMac(), redirect.getString("redirectURL"));
        JsonObject payment = body.getJsonObject("payment");
        assertEquals("REDIRECTED", payment.getString("status"));
        JsonObject status = payment.getJsonObject("statusOutput");
        assertEquals(50, status.getInt("statusCode"));
        assertEquals("PENDING_PAYMENT", status.getString("statusCategory"));
        assertEquals("ENROLLED", status.getString("threeDSecureStatus"));
        assertEquals(Set.of("threeDSecureData", "threeDSecureVersion", "threeDServerTransactionId"),
                results(payment).keySet());
    }

    @Test
    void redirectorRedirectsLikeTheSeedsCards2672And0002() {
        Payment frictionless = SeedRequest.payment("4000000000002672");
        JsonObject body = PaymentDocument.created(frictionless, BASE);
        assertEquals("http://localhost:9080/sandbox/worldline/redirector/" + frictionless.redirect().id()
                + "?locale=en_US", body.getJsonObject("merchantAction").getJsonObject("redirectData")
                .getString("redirectURL"));
        assertEquals(0, body.getJsonObject("merchantAction").getJsonArray("showData").size());
        assertEquals("frictionless", results(body.getJsonObject("payment")).getJsonObject("threeDSecureData")
                .getString("method"));

        JsonObject threeDs1 = PaymentDocument.created(SeedRequest.payment("4000000000000002"), BASE).getJsonObject("payment");
        assertFalse(threeDs1.getJsonObject("paymentOutput").getJsonObject("cardPaymentMethodSpecificOutput")
                .containsKey("threeDSecureResults"));
    }

    @Test
    void challengeAnswers() {
        Payment challenge = SeedRequest.payment("4000000000002503");
        JsonObject success = answered(challenge, ShopperAnswer.CORRECT_CODE);
        assertEquals("PENDING_APPROVAL", success.getString("status"));
        assertEquals("05", results(success).getString("eci"));
        assertEquals("challenged", results(success).getJsonObject("threeDSecureData").getString("method"));
        assertEquals(challenge.ids().threeDServerTransactionId(), results(success).getString("threeDServerTransactionId"));

        for (ShopperAnswer failure : new ShopperAnswer[] {ShopperAnswer.WRONG_CODE, ShopperAnswer.CANCEL}) {
            JsonObject failed = answered(challenge, failure);
            assertEquals("REJECTED", failed.getString("status"));
            assertEquals(180, failed.getJsonObject("statusOutput").getInt("statusCode"));
            assertEquals("INVALID_PARES_OR_NOT_COMPLETED", failed.getJsonObject("statusOutput").getString("threeDSecureStatus"));
            assertEquals("07", results(failed).getString("eci"));
            assertFalse(results(failed).containsKey("cavv"));
            assertEquals(failure == ShopperAnswer.CANCEL ? "CANCELLED_BY_CONSUMER" : "MEDIUM_CONFIDENCE",
                    failed.getJsonObject("statusOutput").getJsonArray("errors").getJsonObject(0).getString("message"));
        }
        assertEquals("REJECTED", answered(SeedRequest.payment("4000000000002370"), ShopperAnswer.CORRECT_CODE)
                .getString("status"));
        JsonObject unavailable = answered(SeedRequest.payment("4000000000002420"), ShopperAnswer.CORRECT_CODE);
        assertEquals("PENDING_APPROVAL", unavailable.getString("status"));
        assertEquals(Json.createObjectBuilder().add("eci", "7").build(), results(unavailable));
        assertEquals("02", results(answered(SeedRequest.payment("5200000000052503"), ShopperAnswer.CORRECT_CODE))
                .getString("eci"));
    }

    @Test
    void threeDSecure1AnswersCarryAnXidAndNoV2Ids() {
        JsonObject success = answered(SeedRequest.payment("4000000000000002"), ShopperAnswer.CORRECT_CODE);
        assertEquals(Set.of("cavv", "eci", "xid"), results(success).keySet());
        assertEquals("05", results(success).getString("eci"));
        assertEquals(20, Base64.getDecoder().decode(results(success).getString("xid")).length);
        JsonObject failure = answered(SeedRequest.payment("4000000000000002"), ShopperAnswer.WRONG_CODE);
        assertEquals("REJECTED", failure.getString("status"));
        assertEquals(Set.of("eci", "xid"), results(failure).keySet());
    }

    @Test
    void redirectorCompletesTheFrictionlessPayment() {
        Payment created = SeedRequest.payment("4000000000002672");
        JsonObject done = PaymentDocument.payment(created.with(Issuer.passRedirector(created, Instant.now())));
        assertEquals("PENDING_APPROVAL", done.getString("status"));
        assertEquals("05", results(done).getString("eci"));
        assertEquals(created.ids().acsTransactionId(),
                results(done).getJsonObject("threeDSecureData").getString("acsTransactionId"));
    }

    @Test
    void getPaymentShowsOnlyThePayment() {
        JsonObject payment = PaymentDocument.payment(SeedRequest.payment("4000000000002701"));
        assertEquals(Set.of("id", "paymentOutput", "status", "statusOutput"), payment.keySet());
        assertNull(payment.get("merchantAction"));
    }

    private static JsonObject answered(Payment payment, ShopperAnswer answer) {
        return PaymentDocument.payment(payment.with(Issuer.answer(payment, answer, Instant.now())));
    }

    private static String eci(Payment payment) {
        return results(PaymentDocument.payment(payment)).getString("eci");
    }

    private static JsonObject results(JsonObject payment) {
        return payment.getJsonObject("paymentOutput").getJsonObject("cardPaymentMethodSpecificOutput")
                .getJsonObject("threeDSecureResults");
    }
}
