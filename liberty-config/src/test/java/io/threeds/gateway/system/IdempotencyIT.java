package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
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
        String reference = Gateway.reference();
        String body = Gateway.authenticationRequest(reference, "4000000000002354", RETURN_URL);
        // Two calls at once with a card the provider answers slowly: whichever claims the key first runs
        // (and times out), the other finds it in use.
        CompletableFuture<Answer> one = CompletableFuture.supplyAsync(
                () -> Gateway.createAuthentication(merchant.key(), key, body));
        CompletableFuture<Answer> two = CompletableFuture.supplyAsync(
                () -> Gateway.createAuthentication(merchant.key(), key, body));
        List<Answer> answers = List.of(one.get(), two.get()).stream()
                .sorted(Comparator.comparingInt(Answer::status)).toList();
        assertEquals(409, answers.get(0).status(), answers.get(0).body());
        assertEquals("/problems/idempotency-key-in-use", answers.get(0).json().getString("type"));
        Answer first = answers.get(1);
        assertEquals(504, first.status(), first.body());
        Answer replay = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(504, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.json().getString("authenticationId"), replay.json().getString("authenticationId"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference),
                "the call refused 409 stored no attempt");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.id(), "authentication.requested"), "nor an audit event");
    }

    @Test
    void aRetryAfterTheServerDiedDuringTheProviderCallContinuesTheSameRecord() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        String reference = Gateway.reference();
        String body = Gateway.authenticationRequest(reference, "4000000000002701", RETURN_URL);
        String id = Gateway.createAuthentication(merchant.key(), key, body).json().getString("id");
        // What a JVM killed during the provider call leaves: the attempt stored, no outcome, the key's
        // claim in progress, its lease lapsed.
        Database.update("UPDATE authentication SET state = 'PROCESSING', trans_status = NULL WHERE id = ?", id);
        crashedClaim(key, LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1));

        Answer retry = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(201, retry.status(), retry.body());
        assertEquals(id, retry.json().getString("id"), "the same record, not a second one");
        assertEquals("COMPLETED", retry.json().getString("state"));
        assertEquals("Y", retry.json().getString("transStatus"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference));
        assertEquals(2, Sandbox.callsFor("worldline", reference), "the provider is asked again");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authentication.resumed"));
        assertEquals(retry.body(), Gateway.createAuthentication(merchant.key(), key, body).body(),
                "the continued call's answer is the key's answer from now on");
    }

    @Test
    void aRetryAfterTheServerDiedWithTheOutcomeStoredAnswersIt() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        String reference = Gateway.reference();
        String body = Gateway.authenticationRequest(reference, "4000000000002701", RETURN_URL);
        Answer first = Gateway.createAuthentication(merchant.key(), key, body);
        // Died after the outcome's commit, before the key's answer was stored.
        crashedClaim(key, LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1));

        Answer retry = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(first.json().getString("transStatus"), retry.json().getString("transStatus"));
        assertEquals(1, Sandbox.callsFor("worldline", reference), "a finished attempt is not sent again");
    }

    @Test
    void aClaimWhoseLeaseRunsIs409WithRetryAfter() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String key = UUID.randomUUID().toString();
        String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL);
        Gateway.createAuthentication(merchant.key(), key, body);
        crashedClaim(key, LocalDateTime.now(ZoneOffset.UTC).plusSeconds(20));

        Answer retry = Gateway.createAuthentication(merchant.key(), key, body);
        assertEquals(409, retry.status(), retry.body());
        assertEquals("/problems/idempotency-key-in-use", retry.json().getString("type"));
        int retryAfter = Integer.parseInt(retry.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 21, "Retry-After is the lease's remaining time: " + retryAfter);
    }

    private static void crashedClaim(String key, LocalDateTime leaseUntil) {
        assertEquals(1, Database.update("UPDATE idempotency_record SET state = 'IN_PROGRESS', response_status = NULL, "
                + "response_body = NULL, lease_until = ? WHERE idem_key = ?", leaseUntil, key));
    }
}
