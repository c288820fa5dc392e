package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A provider's bulkhead, set through the environment as an operator sets it: the test build gives intergiro
 * {@code IO_THREEDS_GATEWAY_PROVIDER_INTERGIRO_INTERGIROCALLS_BULKHEAD_VALUE=2} (the default is 50). Calls beyond
 * it are refused with 503 without reaching the provider, and those refusals are the gateway's own load: they
 * must not open the provider's circuit breaker, which would refuse every merchant for its 30 s delay.
 */
class ProviderBulkheadIT {
    private static final int BULKHEAD = 2;
    private static final int CLIENTS = 30;
    private static final String FRICTIONLESS = "4000000000002701";

    @AfterEach
    void normal() {
        Sandbox.clearFaults("intergiro");
    }

    @Test
    void callsBeyondTheBulkheadAreRefusedAndTheBreakerStaysClosed() throws Exception {
        Merchant merchant = Gateway.newMerchant("intergiro");
        // The calls the bulkhead lets in first are held by the simulator, so that the others find it full.
        Sandbox.fault("intergiro", "{\"delayMs\": 1500, \"remaining\": " + BULKHEAD + "}");
        List<Answer> answers = burst(merchant);

        List<Answer> refused = answers.stream().filter(answer -> answer.status() == 503).toList();
        assertTrue(refused.size() >= CLIENTS / 2,
                "with room for " + BULKHEAD + " calls, most of " + CLIENTS + " are refused: " + refused.size());
        for (Answer answer : answers) {
            assertTrue(answer.status() == 201 || answer.status() == 503 || answer.status() == 504, answer.body());
        }
        for (Answer answer : refused) {
            assertEquals("/problems/provider-unavailable", answer.json().getString("type"));
            assertEquals("intergiro is unavailable (BulkheadException)", answer.json().getString("detail"));
            String id = answer.json().getString("authenticationId");
            assertEquals("NOT_SENT", Database.rows("SELECT outcome FROM provider_call WHERE authentication_id = ?", id)
                    .get(0).get("outcome"));
            assertEquals("FAILED", Gateway.get("/api/v1/authentications/" + id, merchant.key()).json()
                    .getString("state"));
        }

        // More than half of the breaker's last 20 calls were refusals: counted as failures, they would have opened it.
        Answer after = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), FRICTIONLESS, "https://shop.example/done"));
        assertEquals(201, after.status(), after.body());
        assertEquals("ANSWERED", Database.rows("SELECT outcome FROM provider_call WHERE authentication_id = ?",
                after.json().getString("id")).get(0).get("outcome"));
    }

    /** {@link #CLIENTS} creates sent together, each with its own key. */
    private static List<Answer> burst(Merchant merchant) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String request = Gateway.authenticationRequest(Gateway.reference(), FRICTIONLESS,
                        "https://shop.example/done");
                pending.add(clients.submit(() -> {
                    go.await();
                    return Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(), request);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
