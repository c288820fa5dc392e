package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The authorisation is claimed before the provider is paid: never twice, never blindly after a timeout. */
class AuthorizationClaimIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("paysafe");
    }

    @AfterEach
    void normalProvider() {
        Sandbox.clearFaults("paysafe");
    }

    @Test
    void concurrentAuthorizationsPayOnce() throws Exception {
        String id = authenticated();
        // The payment call takes 1.5 s, so the calls overlap.
        Sandbox.fault("paysafe", "{\"delayMs\": 1500, \"remaining\": 1}");
        List<CompletableFuture<Answer>> calls = List.of(
                CompletableFuture.supplyAsync(() -> authorize(id, UUID.randomUUID().toString())),
                CompletableFuture.supplyAsync(() -> authorize(id, UUID.randomUUID().toString())),
                CompletableFuture.supplyAsync(() -> authorize(id, UUID.randomUUID().toString())));
        long paid = 0;
        for (CompletableFuture<Answer> call : calls) {
            Answer answer = call.get();
            if (answer.status() == 201) {
                paid++;
            } else {
                assertEquals(409, answer.status(), answer.body());
                assertEquals("/problems/authorization-in-progress", answer.json().getString("type"));
                assertTrue(answer.header("Retry-After") != null);
            }
        }
        assertTrue(paid >= 1, "the claim's holder answers 201");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ? AND operation = ?",
                id, "authorize"), "one payment call to the provider");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authorization.completed"));
    }

    @Test
    void afterATimeoutTheGatewayRefusesABlindRetry() {
        String id = authenticated();
        // Longer than the provider timeout: the payment may have been made, no answer came back.
        Sandbox.fault("paysafe", "{\"delayMs\": 6000, \"remaining\": 1}");
        Answer timedOut = authorize(id, UUID.randomUUID().toString());
        assertEquals(504, timedOut.status(), timedOut.body());
        Sandbox.clearFaults("paysafe");

        Answer retry = authorize(id, UUID.randomUUID().toString());
        assertEquals(409, retry.status(), retry.body());
        assertEquals("/problems/authorization-outcome-unknown", retry.json().getString("type"));
        assertTrue(retry.json().getString("detail").contains("no lookup"), retry.body());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ? AND operation = ?",
                id, "authorize"), "no second payment call");
        assertEquals("UNKNOWN", Database.rows("SELECT authorization_state FROM authentication WHERE id = ?", id).get(0)
                .get("authorization_state"));
    }

    @Test
    void aRefusedPaymentCallMayBeRetried() {
        String id = authenticated();
        Sandbox.fault("paysafe", "{\"status\": 503, \"remaining\": 1}");
        Answer unavailable = authorize(id, UUID.randomUUID().toString());
        assertEquals(503, unavailable.status(), unavailable.body());

        Answer retry = authorize(id, UUID.randomUUID().toString());
        assertEquals(201, retry.status(), retry.body());
        assertEquals("AUTHORIZED", retry.json().getString("status"));
    }

    /** A paysafe challenge the shopper passed: COMPLETED, its card held for the payment step. */
    private static String authenticated() {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002503", RETURN_URL));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        new Shopper(RETURN_URL).authenticate(created.json().getJsonObject("nextAction").getString("url"), "1234");
        return id;
    }

    private static Answer authorize(String id, String key) {
        return Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization", merchant.key())
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
    }
}
