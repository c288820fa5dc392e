package io.threeds.gateway.system;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a clear problem+json naming the field, and leaves nothing behind but an audit event. */
class ValidationIT {
    private static final String RETURN_URL = "https://shop.example/done";
    /** Well-formed verifone.js output in shape (base64 of an armoured OpenPGP message); never opened here. */
    private static final String ENCRYPTED = Base64.getEncoder().encodeToString(
            "-----BEGIN PGP MESSAGE-----\n\nwcBMA0xJ\n=Zm9v\n-----END PGP MESSAGE-----\n".getBytes(US_ASCII));
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("worldline");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "card.number fails Luhn        | \"number\": \"4000000000002701\" | \"number\": \"4000000000002702\" | card.number",
            "card.number too short         | \"number\": \"4000000000002701\" | \"number\": \"40000000027\"      | card.number",
            "card.number not digits        | \"number\": \"4000000000002701\" | \"number\": \"4000-0000-0000-2701\" | card.number",
            "cvv is refused                | \"holderName\"                   | \"cvv\": \"123\", \"holderName\"  | card.cvv",
            "cvc is refused                | \"holderName\"                   | \"cvc\": \"123\", \"holderName\"  | card.cvc",
            "csc is refused                | \"holderName\"                   | \"csc\": \"123\", \"holderName\"  | card.csc",
            "unknown top-level field       | \"merchantReference\"            | \"discount\": 5, \"merchantReference\" | discount",
            "security code not digits      | \"securityCode\": \"123\"        | \"securityCode\": \"12a\"       | card.securityCode",
            "negative amount               | \"value\": 1000                  | \"value\": -5                     | amount.value",
            "fractional amount             | \"value\": 1000                  | \"value\": 10.5                   | amount.value",
            "amount as a string            | \"value\": 1000                  | \"value\": \"1000\"               | amount.value",
            "unknown currency              | \"currency\": \"EUR\"            | \"currency\": \"EUX\"             | amount.currency",
            "lower-case currency           | \"currency\": \"EUR\"            | \"currency\": \"eur\"             | amount.currency",
            "test currency                 | \"currency\": \"EUR\"            | \"currency\": \"XTS\"             | amount.currency",
            "expired card                  | \"expiryYear\": 2030             | \"expiryYear\": 2020              | card.expiryYear",
            "month 13                      | \"expiryMonth\": 12              | \"expiryMonth\": 13               | card.expiryMonth",
            "http returnUrl                | \"https://shop.example/done\"    | \"http://shop.example/done\"      | returnUrl",
            "returnUrl with credentials    | \"https://shop.example/done\"    | \"https://u:p@shop.example/done\" | returnUrl",
            "bad challenge preference      | \"NO_PREFERENCE\"                | \"ALWAYS\"                        | challengePreference",
            "bad ip address                | \"192.0.2.10\"                   | \"my-host.example\"               | browser.ipAddress",
            "bad country                   | \"country\": \"US\"              | \"country\": \"XX\"               | billing.country",
            "unknown provider              | \"challengePreference\"          | \"provider\": \"acme\", \"challengePreference\" | provider"})
    void refusesWithTheFieldAtFaultAndStoresNothing(String name, String from, String to, String field) {
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL);
        assertTrue(body.contains(from), "fixture must contain " + from);
        Answer answer = createAndExpectNothingStored(body.replace(from, to));
        assertEquals(400, answer.status(), answer.body());
        assertProblem(answer, "/problems/validation", field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "to a provider that takes numbers | worldline | \"encrypted\": \"%s\", \"publicKeyAlias\": \"sandbox-key-1\" | card.encrypted",
            "with a number too                | verifone  | \"number\": \"4000000000002701\", \"encrypted\": \"%s\", \"publicKeyAlias\": \"sandbox-key-1\" | card.number",
            "security code beside it          | verifone  | \"encrypted\": \"%s\", \"publicKeyAlias\": \"sandbox-key-1\", \"securityCode\": \"123\" | card.securityCode",
            "another key's alias              | verifone  | \"encrypted\": \"%s\", \"publicKeyAlias\": \"someone-elses-key\" | card.publicKeyAlias",
            "no alias                         | verifone  | \"encrypted\": \"%s\" | card.publicKeyAlias",
            "not an OpenPGP message           | verifone  | \"encrypted\": \"bm90IHBncA==\", \"publicKeyAlias\": \"sandbox-key-1\" | card.encrypted",
            "an alias without encrypted card  | verifone  | \"number\": \"4000000000002701\", \"publicKeyAlias\": \"sandbox-key-1\" | card.publicKeyAlias"})
    void anEncryptedCardIsRefusedWithTheFieldAtFault(String name, String provider, String card, String field) {
        String body = """
                {"merchantReference": "%s", "amount": {"value": 1000, "currency": "EUR"}, "provider": "%s",
                 "card": {%s, "expiryMonth": 12, "expiryYear": 2030}, "returnUrl": "%s"}"""
                .formatted(Gateway.reference(), provider, card.formatted(ENCRYPTED), RETURN_URL);
        Answer answer = createAndExpectNothingStored(body);
        assertEquals(400, answer.status(), answer.body());
        assertProblem(answer, "/problems/validation", field);
    }

    @Test
    void malformedJsonIs400() {
        Answer answer = createAndExpectNothingStored("{\"merchantReference\": \"x\",");
        assertEquals(400, answer.status());
        assertProblem(answer, "/problems/validation", "body");
    }

    @Test
    void duplicateKeysAreRefused() {
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL)
                .replaceFirst("\\{", "{\"merchantReference\": \"a\", ");
        Answer answer = createAndExpectNothingStored(body);
        assertEquals(400, answer.status(), answer.body());
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        Answer answer = createAndExpectNothingStored("{}");
        assertEquals(400, answer.status());
        JsonObject problem = answer.json();
        String fields = problem.getJsonArray("violations").toString();
        for (String field : new String[] {"merchantReference", "amount", "card", "returnUrl"}) {
            assertTrue(fields.contains("\"" + field + "\""), fields);
        }
    }

    @Test
    void providerRequirementsAreCheckedBeforeAnythingIsStored() {
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL)
                .replaceAll("\"browser\": \\{[^}]*},", "");
        Answer answer = createAndExpectNothingStored(body);
        assertEquals(400, answer.status(), answer.body());
        assertProblem(answer, "/problems/validation", "browser");
    }

    @Test
    void missingIdempotencyKeyIs400() {
        Answer answer = Gateway.send(Gateway.request("/api/v1/authentications", merchant.key())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL))));
        assertEquals(400, answer.status());
        assertProblem(answer, "/problems/validation", "Idempotency-Key");
    }

    @Test
    void oversizedBodyIs413() {
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL)
                .replace("\"Jane Doe\"", "\"" + "x".repeat(70_000) + "\"");
        Answer answer = createAndExpectNothingStored(body);
        assertEquals(413, answer.status());
        assertEquals("/problems/payload-too-large", answer.json().getString("type"));
    }

    @Test
    void nonJsonIs415() {
        long before = storedFor(merchant.id());
        Answer answer = Gateway.send(Gateway.request("/api/v1/authentications", merchant.key())
                .header("Content-Type", "text/plain").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("card=4000000000002701")));
        assertEquals(415, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals(before, storedFor(merchant.id()));
    }

    @Test
    void noCredentialIs401WithChallenge() {
        Answer answer = Gateway.createAuthentication(null, UUID.randomUUID().toString(), "{}");
        assertEquals(401, answer.status());
        assertEquals("Bearer", answer.header("WWW-Authenticate"));
        assertEquals("/problems/unauthorized", answer.json().getString("type"));
        assertEquals(401, Gateway.get("/api/v1/authentications/x", "not-a-key").status());
    }

    @Test
    void auditorMayNotCreateAndMerchantMayNotAdminister() {
        Answer answer = Gateway.createAuthentication(Gateway.newAuditorKey(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(403, answer.status());
        assertEquals("/problems/forbidden", answer.json().getString("type"));
        assertEquals(403, Gateway.postJson("/api/v1/merchants", merchant.key(), "{\"name\":\"x\"}").status());
        assertEquals(403, Gateway.get("/api/v1/audit/verify", merchant.key()).status());
    }

    @Test
    void anotherMerchantsAuthenticationIs404() {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        Merchant other = Gateway.newMerchant("worldline");
        Answer answer = Gateway.get("/api/v1/authentications/" + id, other.key());
        assertEquals(404, answer.status());
        assertEquals("/problems/not-found", answer.json().getString("type"));
        assertEquals(404, Gateway.get("/api/v1/authentications/" + UUID.randomUUID(), other.key()).status());
        assertEquals(0, Gateway.get("/api/v1/authentications?merchantReference="
                + created.json().getString("merchantReference"), other.key()).json().getJsonArray("items").size());
    }

    @Test
    void problemTypesArePagesThatDescribeThem() {
        Answer page = Gateway.get("/problems/validation", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("violations"));
    }

    private static Answer createAndExpectNothingStored(String body) {
        long before = storedFor(merchant.id());
        long refusals = Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.id(), "request.refused");
        long idempotency = Database.count("SELECT COUNT(*) FROM idempotency_record WHERE merchant_id = ?",
                merchant.id());
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(), body);
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals(before, storedFor(merchant.id()), "no authentication may be stored");
        assertEquals(idempotency, Database.count("SELECT COUNT(*) FROM idempotency_record WHERE merchant_id = ?",
                merchant.id()), "no idempotency record may be kept");
        assertEquals(refusals + 1, Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?", merchant.id(),
                "request.refused"), "the refusal is audited");
        assertFalse(answer.body().contains("4000000000002701"), "no card number in an error");
        return answer;
    }

    private static long storedFor(String merchantId) {
        return Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_id = ?", merchantId);
    }

    private static void assertProblem(Answer answer, String type, String field) {
        JsonObject problem = answer.json();
        assertEquals(type, problem.getString("type"), answer.body());
        assertEquals(answer.status(), problem.getInt("status"));
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"));
        assertTrue(problem.getJsonArray("violations").stream().map(JsonValue::asJsonObject)
                .anyMatch(v -> v.getString("field").equals(field)), "expected a violation of " + field + " in "
                + answer.body());
    }
}
