package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class IdempotencyIT {
    private static final String RETURN_URL = "https://shop.example/done";

    @Test
    void replayReturnsTheFirstAnswerAndCreatesNothing() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        String reference = Gateway.reference();
        String body = Gateway.authenticationRequest(reference, "4000000000002701", RETURN_URL);
        Answer first = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(201, first.status(), first.body());
        assertNull(first.header("Idempotent-Replayed"));

        String reformatted = body.replace("\n", " ").replace(": ", ":");
        Answer replay = Gateway.createAuthentication(merchant.key(), key, reformatted);
        assertEquals(201, replay.status(), replay.body());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.body(), replay.body());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference));
        assertEquals(1, Sandbox.callsFor("worldline", reference));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        assertEquals(201, Gateway.createAuthentication(merchant.key(), key,
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL)).status());
        String other = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), key,
                Gateway.authenticationRequest(other, "4000000000002701", RETURN_URL));
        assertEquals(422, answer.status());
        assertEquals("/problems/idempotency-key-reused", answer.json().getString("type"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", other));
    }

    @Test
    void keysAreScopedPerMerchant() {
        String key = UUID.randomUUID().toString();
        Answer first = Gateway.createAuthentication(Gateway.newMerchant("worldline").key(), key,
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        Answer second = Gateway.createAuthentication(Gateway.newMerchant("worldline").key(), key,
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(201, first.status());
        assertEquals(201, second.status());
        assertNull(second.header("Idempotent-Replayed"));
        assertNotEquals(first.json().getString("id"), second.json().getString("id"));
    }

    @Test
    void theSameKeyWhileTheFirstCallRunsIs409() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002354", RETURN_URL);
        CompletableFuture<Answer> slow = CompletableFuture.supplyAsync(
                () -> Gateway.createAuthentication(merchant.key(), key, body));
        Answer concurrent = null;
        for (int i = 0; i < 100 && !slow.isDone(); i++) {
            concurrent = Gateway.createAuthentication(merchant.key(), key, body);
            if (concurrent.status() == 409) {
                break;
            }
            Thread.onSpinWait();
        }
        assertEquals(409, concurrent.status(), concurrent.body());
        assertEquals("/problems/idempotency-key-in-use", concurrent.json().getString("type"));
        Answer first = slow.get();
        assertEquals(504, first.status(), first.body());
        Answer replay = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(504, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.json().getString("authenticationId"), replay.json().getString("authenticationId"));
    }
}
