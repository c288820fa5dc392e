package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Routing rules pick the provider by card and amount; an unavailable provider fails over, audited. */
class RoutingIT {
    private static final String RETURN_URL = "https://shop.example/done";
    private static final String VISA_Y = "4000000000002701";
    private static final String MASTERCARD_Y = "5200000000052701";

    @AfterEach
    void normal() {
        Sandbox.clearFaults("worldline");
    }

    @Test
    void firstMatchingRuleChoosesTheProviderAndTheDefaultCatchesTheRest() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer routed = putRouting(merchant.id(), """
                {"rules": [{"brand": "MASTERCARD", "currency": "EUR", "maxAmount": 5000, "providers": ["firstoken"]}]}""");
        assertEquals(200, routed.status(), routed.body());
        assertEquals("firstoken", Gateway.get("/api/v1/merchants/" + merchant.id() + "/routing", Gateway.adminKey())
                .json().getJsonArray("rules").getJsonObject(0).getJsonArray("providers").getString(0));

        assertEquals("firstoken", providerOf(merchant, create(merchant, MASTERCARD_Y)));
        assertEquals("worldline", providerOf(merchant, create(merchant, VISA_Y)), "no rule matches a Visa card");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.id(), "merchant.routing_changed"));
    }

    @Test
    void unavailableProviderFailsOverToTheNextOfTheRule() {
        Merchant merchant = Gateway.newMerchant("worldline");
        assertEquals(200, putRouting(merchant.id(), """
                {"rules": [{"binFrom": "400000", "binTo": "499999", "providers": ["worldline", "firstoken"]}]}""")
                .status());
        Sandbox.fault("worldline", "{\"status\": 503, \"remaining\": 1}");

        Answer answer = create(merchant, VISA_Y);
        assertEquals(201, answer.status(), answer.body());
        String id = answer.json().getString("id");
        JsonObject stored = Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
        assertEquals("firstoken", stored.getString("provider"));
        assertTrue(!"FAILED".equals(stored.getString("state")), stored.toString());
        Map<String, Object> failover = Database.rows(
                "SELECT details FROM audit_event WHERE authentication_id = ? AND type = ?", id,
                "authentication.failover").get(0);
        assertTrue(String.valueOf(failover.get("details")).contains("worldline"), failover.toString());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ? AND provider = ?",
                id, "worldline"), "the refused call stays in the evidence");
    }

    @Test
    void explicitProviderIsNeverFailedOver() {
        Merchant merchant = Gateway.newMerchant("worldline");
        putRouting(merchant.id(), "{\"rules\": [{\"providers\": [\"worldline\", \"firstoken\"]}]}");
        Sandbox.fault("worldline", "{\"status\": 503, \"remaining\": 1}");
        String body = Gateway.authenticationRequest(Gateway.reference(), VISA_Y, RETURN_URL)
                .replaceFirst("\\{", "{\"provider\": \"worldline\", ");
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(), body);
        assertEquals(503, answer.status(), answer.body());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                answer.json().getString("authenticationId"), "authentication.failover"));
    }

    @Test
    void invalidRulesAreRefusedByFieldAndChangeNothing() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer refused = putRouting(merchant.id(), """
                {"rules": [{"brand": "VISA", "providers": ["nobody"]},
                           {"binFrom": "12", "cvv": "1", "currency": "XXX", "providers": []}]}""");
        assertEquals(400, refused.status(), refused.body());
        String body = refused.body();
        for (String field : new String[] {"rules[1].binFrom", "rules[1].cvv", "rules[1].currency",
                "rules[1].providers"}) {
            assertTrue(body.contains("\"" + field + "\""), field + " in " + body);
        }
        Answer unknownProvider = putRouting(merchant.id(), "{\"rules\": [{\"providers\": [\"nobody\"]}]}");
        assertEquals(400, unknownProvider.status());
        assertTrue(unknownProvider.body().contains("rules[0].providers"), unknownProvider.body());
        assertEquals(0, Gateway.get("/api/v1/merchants/" + merchant.id() + "/routing", Gateway.adminKey())
                .json().getJsonArray("rules").size());
        assertEquals(403, Gateway.send(Gateway.request("/api/v1/merchants/" + merchant.id() + "/routing",
                merchant.key()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rules\": []}"))).status());
    }

    private static Answer putRouting(String merchantId, String body) {
        return Gateway.send(Gateway.request("/api/v1/merchants/" + merchantId + "/routing", Gateway.adminKey())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Answer create(Merchant merchant, String card) {
        return Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
    }

    private static String providerOf(Merchant merchant, Answer created) {
        assertEquals(201, created.status(), created.body());
        return Gateway.get("/api/v1/authentications/" + created.json().getString("id"), merchant.key()).json()
                .getString("provider");
    }
}
