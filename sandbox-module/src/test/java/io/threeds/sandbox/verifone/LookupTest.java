package io.threeds.sandbox.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LookupTest {
    private final Simulator simulator = new Simulator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "4000000000002701, Y, Y, 05, true, 0, Visa",
            "4012000033330026, Y, Y, 05, true, 0, Visa",
            "4000100000000000, Y, Y, 05, true, 0, Visa",
            "4000000000010001, Y, Y, 05, true, 0, Visa",
            "4242424242424242, Y, Y, 05, true, 0, Visa",
            "4000000000002354, Y, Y, 05, true, 0, Visa",
            "5200000000052701, Y, Y, 02, true, 0, Mastercard",
            "4000000000002719, Y, A, 06, true, 0, Visa",
            "4000000000002925, Y, N, 07, false, 0, Visa",
            "5200000000052925, Y, N, 00, false, 0, Mastercard",
            "4000000000002313, Y, U, 07, false, 0, Visa",
            "4000000000002537, Y, R, 07, false, 0, Visa",
            "4000000000055550, Y, R, 07, false, 0, Visa",
            "5200000000052537, Y, R, 00, false, 0, Mastercard",
            "4000000000002990, U, '', 07, false, 0, Visa",
            "4000000000002446, U, '', 07, false, 1001, Visa",
            "4000000000002560, B, '', 07, false, 0, Visa",
            "4000000000002503, Y, C, 07, false, 0, Visa",
            "5200000000052503, Y, C, 00, false, 0, Mastercard",
            "4111111111111111, Y, C, 07, false, 0, Visa",
            "4000000000000002, Y, C, 07, false, 0, Visa",
            "4000000000002370, Y, C, 07, false, 0, Visa",
            "4000000000002420, Y, C, 07, false, 0, Visa"})
    void everySandboxCard(String card, String enrolled, String paresStatus, String eci, boolean cavv, String errorNo,
                          String brand) {
        VerifoneAnswer answer = simulator.lookup(card);
        assertEquals(200, answer.status());
        JsonObject lookup = answer.body();
        assertEquals(enrolled, lookup.getString("enrolled"));
        assertEquals(paresStatus, lookup.getString("pares_status"));
        assertEquals(eci, lookup.getString("eci_flag"));
        assertEquals(cavv, lookup.containsKey("cavv"));
        assertEquals(errorNo, lookup.getString("error_no"));
        assertEquals(brand, lookup.getString("card_brand"));
        assertEquals("C".equals(paresStatus) ? "Y" : "N", lookup.getString("challenge_required"));
        assertEquals("C".equals(paresStatus), lookup.containsKey("acs_url"));
    }

    @Test
    void frictionlessSpellingsAndIds() {
        JsonObject lookup = simulator.lookup("4000000000002701").body();
        assertTrue(lookup.getString("transaction_id").matches("[A-Za-z0-9]{20}"));
        assertTrue(lookup.getString("authentication_id").matches("[0-9a-f]{8}-[0-9a-f-]{27}"));
        assertTrue(lookup.getString("order_id").matches("\\d{16}"));
        assertEquals(28, lookup.getString("cavv").length());
        assertEquals(20, Base64.getDecoder().decode(lookup.getString("cavv")).length);
        assertEquals("2.2.0", lookup.getString("threads_version"));
        assertFalse(lookup.containsKey("threeds_version"));
        assertEquals("Y", lookup.getString("signature_verification"));
        assertEquals("Success", lookup.getString("error_desc"));
        assertTrue(lookup.containsKey("ds_transaction_id"));
        assertFalse(lookup.containsKey("payload"));
    }

    @Test
    void aChallengeCarriesTheCReqForCardinalContinue() {
        JsonObject lookup = simulator.lookup("4111111111111111").body();
        assertEquals("http://localhost:9080/sandbox/verifone/acs/challenge", lookup.getString("acs_url"));
        String payload = lookup.getString("payload");
        assertFalse(payload.contains("="));
        JsonObject creq;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8)))) {
            creq = reader.readObject();
        }
        assertEquals("CReq", creq.getString("messageType"));
        assertEquals("2.2.0", creq.getString("messageVersion"));
        assertEquals("02", creq.getString("challengeWindowSize"));
        assertEquals(lookup.getString("acs_transaction_id"), creq.getString("acsTransID"));
        assertTrue(creq.getString("threeDSServerTransID").matches("[0-9a-f-]{36}"));
        assertTrue(lookup.getString("ds_transaction_id").matches("[0-9a-f-]{36}"));
        assertTrue(simulator.memory.challenge(lookup.getString("transaction_id")).isPresent());
    }

    @Test
    void noAuthenticationMeansNoDirectoryIds() {
        JsonObject lookup = simulator.lookup("4000000000002560").body();
        assertFalse(lookup.containsKey("ds_transaction_id"));
        assertEquals("N", lookup.getString("signature_verification"));
    }

    @Test
    void refusesAnUnknownSessionWithError1001() {
        VerifoneAnswer answer = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .add("device_info_id", "0_6e0fedb0-d642-47d1-88e2-b12a59ffe39e").build()), Simulator.BASE, Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("1001", answer.body().getString("error_no"));
    }

    @Test
    void refusesAnUnknownKeyAliasAndAnUnreadableCard() {
        VerifoneAnswer alias = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .add("public_key_alias", "key-alias-1").build()), Simulator.BASE, Simulator.NOW);
        assertEquals(400, alias.status());
        assertEquals("public_key_alias is unknown", alias.body().getString("error_desc"));
        VerifoneAnswer card = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .add("encrypted_card", Base64.getEncoder().encodeToString("{\"cardNumber\":\"4111\"}".getBytes(StandardCharsets.UTF_8)))
                .build()), Simulator.BASE, Simulator.NOW);
        assertEquals(400, card.status());
        assertEquals("encrypted_card cannot be decrypted", card.body().getString("error_desc"));
    }

    @Test
    void requiresTheFlowsFieldsAndOnlyTheLookupsContractSpelling() {
        VerifoneAnswer missing = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .remove("amount").build()), Simulator.BASE, Simulator.NOW);
        assertEquals("amount is required", missing.body().getString("error_desc"));
        assertEquals("1000", missing.body().getString("error_no"));
        VerifoneAnswer currency = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .add("currency_code", "EURO").build()), Simulator.BASE, Simulator.NOW);
        assertEquals(400, currency.status());
        VerifoneAnswer threads = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .remove("threeds_contract_id").add("threads_contract_id", "c").add("currency_code", "978").build()),
                Simulator.BASE, Simulator.NOW);
        assertEquals(400, threads.status(), "jwt/create's spelling is not the lookup's (000:329)");
        assertEquals("threads_contract_id is not a field of this operation: its contract id is threeds_contract_id",
                threads.body().getString("error_desc"));
        VerifoneAnswer none = simulator.service.lookup(Simulator.json(simulator.lookupRequest("4000000000002701")
                .remove("threeds_contract_id").build()), Simulator.BASE, Simulator.NOW);
        assertEquals("threeds_contract_id is required", none.body().getString("error_desc"));
    }

    @Test
    void jwtCreateEchoesTheContractInTheDocumentedSpelling() {
        JsonObject threads = simulator.service.jwtCreate(Simulator.json(Json.createObjectBuilder()
                .add("threads_contract_id", "c-1").build()), Simulator.NOW).body();
        assertEquals("c-1", threads.getString("threads_contract_id"));
        assertTrue(threads.getString("jwt").startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."));
        assertEquals(400, simulator.service.jwtCreate(Simulator.json(Json.createObjectBuilder()
                .add("threeds_contract_id", "c-1").build()), Simulator.NOW).status(), "000:41 spells it threads_");
        assertEquals(400, simulator.service.jwtCreate(Simulator.json(Json.createObjectBuilder().build()), Simulator.NOW)
                .status());
    }

    @Test
    void jwtValidateAnswersThePayloadOfItsOwnResultsOnly() {
        JsonObject data = Json.createObjectBuilder().add("ActionCode", "SUCCESS").build();
        String jwt = simulator.tokens.forValidated(data, "c-1", Simulator.NOW);
        VerifoneAnswer valid = simulator.service.jwtValidate(Simulator.json(Json.createObjectBuilder()
                .add("threeds_contract_id", "c-1").add("jwt", jwt).build()), Simulator.NOW);
        assertEquals(200, valid.status());
        assertEquals("SUCCESS", valid.body().getJsonObject("payload").getString("ActionCode"));
        VerifoneAnswer otherContract = simulator.service.jwtValidate(Simulator.json(Json.createObjectBuilder()
                .add("threeds_contract_id", "c-2").add("jwt", jwt).build()), Simulator.NOW);
        assertEquals(400, otherContract.status());
        assertEquals("1002", otherContract.body().getString("error_no"));
        String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA";
        assertEquals(400, simulator.service.jwtValidate(Simulator.json(Json.createObjectBuilder()
                .add("threeds_contract_id", "c-1").add("jwt", forged).build()), Simulator.NOW).status());
    }

    @Test
    void currencies() {
        assertEquals("978", RequestValidation.numericCurrency("EUR").orElseThrow());
        assertEquals("554", RequestValidation.numericCurrency("nzd").orElseThrow());
        assertEquals("978", RequestValidation.numericCurrency("978").orElseThrow());
        assertTrue(RequestValidation.numericCurrency("XYZ1").isEmpty());
        assertTrue(RequestValidation.numericCurrency("QQQ").isEmpty());
    }
}
