package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A provider that is slow, down or talks nonsense: a FAILED record with E, the right status, no retry. */
class ProviderFailureIT {
    private static final String RETURN_URL = "https://shop.example/done";

    @AfterEach
    void normal() {
        Sandbox.clearFaults("worldline");
    }

    @Test
    void timeoutIsFailedWith504AndNoDuplicateProviderCall() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String reference = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, "4000000000002354", RETURN_URL));
        assertEquals(504, answer.status(), answer.body());
        JsonObject problem = answer.json();
        assertEquals("/problems/provider-timeout", problem.getString("type"));
        String id = problem.getString("authenticationId");
        JsonObject stored = Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
        assertEquals("FAILED", stored.getString("state"));
        assertEquals("E", stored.getString("transStatus"));
        assertEquals("RETRY", stored.getString("recommendedAction"));
        assertEquals(false, stored.getBoolean("liabilityShift"));
        Map<String, Object> call = Database.rows("SELECT outcome FROM provider_call WHERE authentication_id = ?", id).get(0);
        assertEquals("TIMEOUT", call.get("outcome"));
        assertEquals(1, Sandbox.callsFor("worldline", reference), "a timed-out payment is never sent twice");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authentication.failed"));
    }

    @Test
    void providerServerErrorIs503WithRetryAfter() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Sandbox.fault("worldline", "{\"status\": 503, \"remaining\": 1}");
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(503, answer.status(), answer.body());
        assertEquals("/problems/provider-unavailable", answer.json().getString("type"));
        assertTrue(Integer.parseInt(answer.header("Retry-After")) > 0);
        assertEquals("FAILED", Gateway.get("/api/v1/authentications/" + answer.json().getString("authenticationId"),
                merchant.key()).json().getString("state"));
    }

    @Test
    void malformedAnswerIs502() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Sandbox.fault("worldline", "{\"malformed\": true, \"remaining\": 1}");
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(502, answer.status(), answer.body());
        assertEquals("/problems/provider-error", answer.json().getString("type"));
        String id = answer.json().getString("authenticationId");
        assertEquals("MALFORMED", Database.rows("SELECT outcome FROM provider_call WHERE authentication_id = ?", id)
                .get(0).get("outcome"));
    }
}
