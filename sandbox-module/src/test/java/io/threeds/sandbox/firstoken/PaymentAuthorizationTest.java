package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code /payments} against the seed's example (PROVIDERS.md §3.3.5). */
class PaymentAuthorizationTest {

    @Test
    void authorizesLikeTheSeed() {
        JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.body(SeedRequest.PAYMENT), Simulator.NOW);
        assertEquals(200, answer.status());
        assertEquals("success", answer.body().getString("status"));
        assertEquals("Payment sucessful", answer.body().getString("message"), "the seed's typo, kept");
        JsonObject data = answer.body().getJsonObject("data");
        JsonObject info = data.getJsonObject("transaction_info");
        assertEquals(List.of("type", "reference_code", "transaction_id", "request_id", "status", "response_code",
                "reconciliation_id", "created_at"), List.copyOf(info.keySet()));
        assertEquals("payment_response", info.getString("type"));
        assertEquals("d47f5455-0282-46c7-b1fc-eaf7ac0d85bf", info.getString("reference_code"));
        assertTrue(info.getString("transaction_id").matches("\\d{22}"));
        assertEquals("Authorized", info.getString("status"));
        assertEquals("00", info.getString("response_code"));
        assertEquals(info.getString("request_id"), info.getString("reconciliation_id"));
        assertEquals("2024-04-15T12:33:43Z", info.getString("created_at"));

        JsonObject amount = data.getJsonObject("order_info").getJsonObject("amount_details");
        assertEquals(1000, amount.getJsonNumber("authorized_amount").longValueExact());
        assertEquals("MXN", amount.getString("currency"), "G-F4: the request's currency, not the example's COP");

        JsonObject processor = data.getJsonObject("processor_info");
        assertTrue(processor.getString("approval_code").matches("\\d{6}"));
        assertTrue(processor.getString("transaction_id").matches("\\d{15}"));
        assertEquals("Y", processor.getJsonObject("avs").getString("code"));
        assertEquals("Y", processor.getJsonObject("avs").getString("codeRaw"));
    }

    @Test
    void declinesARejectedAuthentication() {
        JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.replace("/authentication/pares_status", "R")), Simulator.NOW);
        assertEquals(200, answer.status());
        assertEquals("fail", answer.body().getString("status"));
        assertEquals("Payment declined", answer.body().getString("message"));
        JsonObject info = answer.body().getJsonObject("data").getJsonObject("transaction_info");
        assertEquals("payment_response", info.getString("type"));
        assertEquals("Declined", info.getString("status"));
        assertEquals("05", info.getString("response_code"));
        assertFalse(answer.body().getJsonObject("data").containsKey("processor_info"));
    }

    @Test
    void authorizesNotAuthenticatedAndPlainPayments() {
        assertEquals("Authorized", status(PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.replace("/authentication/pares_status", "N")), Simulator.NOW)));
        assertEquals("Authorized", status(PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.remove("/authentication")), Simulator.NOW)));
    }

    @Test
    void acceptsEverySpellingOfTheThreeDSServerId() {
        for (String spelling : List.of("ree_dss_server_transaction_id", "three_ds_server_transaction_id")) {
            JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                    p -> p.remove("/authentication/tree_dss_server_transaction_id")
                            .add("/authentication/" + spelling, "71d184d5-8334-489a-9af2-d1caeccd7335")), Simulator.NOW);
            assertEquals("Authorized", status(answer), spelling);
        }
    }

    @Test
    void givesBackTheAmountInTheUnitItWasSent() {
        JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.replace("/order_info/amount_details/total_amount", "25.50")), Simulator.NOW);
        assertEquals(new BigDecimal("25.50"), answer.body().getJsonObject("data").getJsonObject("order_info")
                .getJsonObject("amount_details").getJsonNumber("authorized_amount").bigDecimalValue());
    }

    @Test
    void refusesAnAmountAsAJsonNumber() {
        JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.replace("/order_info/amount_details/total_amount", 2500)), Simulator.NOW);
        assertEquals(400, answer.status());
    }

    @Test
    void refusesAnIncompleteRequest() {
        JsonAnswer answer = PaymentAuthorization.authorize(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.remove("/card/number")), Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("fail", answer.body().getString("status"));
        assertEquals("card.number is required", answer.body().getString("message"));
    }

    private static String status(JsonAnswer answer) {
        return answer.body().getJsonObject("data").getJsonObject("transaction_info").getString("status");
    }
}
