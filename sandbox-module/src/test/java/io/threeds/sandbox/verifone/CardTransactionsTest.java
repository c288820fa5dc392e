package io.threeds.sandbox.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

class CardTransactionsTest {
    private final Simulator simulator = new Simulator();

    /** The seed's payment request (§1.3.3). */
    private JsonObjectBuilder payment(String paresStatus, String signatureVerification) {
        return Json.createObjectBuilder()
                .add("currency_code", "978").add("amount", 1000).add("merchant_reference", "VF Test")
                .add("payment_provider_contract", "d1f0f6ab-1d40-44ae-b16b-8f09fe6fd77f")
                .add("card_brand", "VISA").add("public_key_alias", "sandbox-key-1")
                .add("encrypted_card", simulator.encrypted("4111111111111111"))
                .add("threed_authentication", Json.createObjectBuilder()
                        .add("eci_flag", "05").add("enrolled", "Y").add("cavv", "AAIBBYNoEwAAACcKhAJkdQAAAAA=")
                        .add("pares_status", paresStatus).add("threeds_version", "2.2.0")
                        .add("ds_transaction_id", "4eaal0ef-e5e4-4b4c-8aef-29439e450b60")
                        .add("signature_verification", signatureVerification)
                        .add("error_desc", "Success").add("error_no", "0"))
                .add("capture_now", false).add("auth_type", "PRE_AUTH");
    }

    @Test
    void authorizesWithTheDocumentedResponse() {
        VerifoneAnswer answer = simulator.transactions.authorize(Simulator.json(payment("Y", "Y").build()));
        assertEquals(200, answer.status());
        JsonObject body = answer.body();
        assertEquals("AUTHORIZED", body.getString("status"));
        assertEquals("00", body.getString("reason_code"));
        assertEquals(1000, body.getInt("amount"));
        assertEquals("VF Test", body.getString("merchant_reference"));
        assertEquals("d1f0f6ab-1d40-44ae-b16b-8f09fe6fd77f", body.getString("payment_provider_contract"));
        assertEquals("CARD", body.getString("payment_product"));
        assertEquals("ECOMMERCE", body.getString("shopper_interaction"));
        assertEquals("NONE", body.getString("reversal_status"));
        assertEquals("4", body.getString("cvv_result"));
        assertTrue(body.getBoolean("cvv_present"));
        assertFalse(body.getBoolean("blocked"));
        assertFalse(body.getJsonObject("details").getBoolean("auto_capture"));
        assertEquals(0, body.getInt("balance_amount"));
        assertTrue(body.getJsonObject("stored_credential").isEmpty());
        assertTrue(body.getJsonObject("additional_data").containsKey("initiator_trace_id"));
        JsonObject card = body.getJsonObject("card_details");
        assertEquals("411111****1111", card.getString("masked_card_number"));
        assertEquals(2030, card.getInt("expiry_year"));
        assertEquals(12, card.getInt("expiry_month"));
        JsonObject authentication = body.getJsonObject("threed_authentication");
        assertEquals("2.2.0", authentication.getString("threads_version"));
        assertFalse(authentication.containsKey("threeds_version"));
        assertEquals("4eaal0ef-e5e4-4b4c-8aef-29439e450b60", authentication.getString("ds_transaction_id"));
        assertEquals("AAIBBYNoEwAAACcKhAJkdQAAAAA=", authentication.getString("cavv"));
        assertEquals("05", authentication.getString("eci_flag"));
        assertEquals("Y", authentication.getString("enrolled"));
        assertEquals("Y", authentication.getString("pares_status"));
        assertTrue(body.getString("id").matches("[0-9a-f-]{36}"));
    }

    @Test
    void declinesAFailedOrUnsignedAuthentication() {
        for (JsonObject request : new JsonObject[] {payment("N", "Y").build(), payment("R", "Y").build(),
                payment("Y", "N").build()}) {
            VerifoneAnswer answer = simulator.transactions.authorize(Simulator.json(request));
            assertEquals(200, answer.status());
            assertEquals("DECLINED", answer.body().getString("status"));
            assertEquals("05", answer.body().getString("reason_code"));
        }
        assertEquals("AUTHORIZED", simulator.transactions.authorize(Simulator.json(payment("U", "Y").build()))
                .body().getString("status"));
    }

    @Test
    void refusesAnUnreadableCard() {
        VerifoneAnswer answer = simulator.transactions.authorize(Simulator.json(payment("Y", "Y")
                .add("encrypted_card", "bm90IGEgbWVzc2FnZQ==").build()));
        assertEquals(400, answer.status());
        assertEquals("encrypted_card cannot be decrypted", answer.body().getString("error_desc"));
        assertEquals(400, simulator.transactions.authorize(Simulator.json(payment("Y", "Y")
                .add("public_key_alias", "key-alias-1").build())).status());
        assertEquals(400, simulator.transactions.authorize(Simulator.json(payment("Y", "Y")
                .add("threed_authentication", "Y").build())).status());
    }

    @Test
    void readsTheOtherVersionSpellingToo() {
        JsonObject request = payment("Y", "Y").add("threed_authentication", Json.createObjectBuilder()
                .add("pares_status", "Y").add("threads_version", "2.1.0")).add("capture_now", true).remove("auth_type")
                .build();
        JsonObject body = simulator.transactions.authorize(Simulator.json(request)).body();
        assertEquals("2.1.0", body.getJsonObject("threed_authentication").getString("threads_version"));
        assertTrue(body.getJsonObject("details").getBoolean("auto_capture"));
    }

    @Test
    void anAuthTypeTheSeedDoesNotNameIsRefused() {
        VerifoneAnswer answer = simulator.transactions.authorize(Simulator.json(payment("Y", "Y")
                .add("auth_type", "FINAL_AUTH").build()));
        assertEquals(400, answer.status());
        assertEquals("auth_type must be PRE_AUTH (000:611-615) or absent", answer.body().getString("error_desc"));
    }
}
