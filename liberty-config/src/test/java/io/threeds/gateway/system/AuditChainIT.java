package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.audit.AuditHash;
import io.threeds.gateway.audit.MerkleTree;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is written unsealed and chained by the sealer in signed batches: once sealed, the
 * chain verifies; a changed, deleted or re-hashed row is found and named, and a forged checkpoint is
 * refused. Each test puts the database back as it found it, so the chain verifies again afterwards.
 */
class AuditChainIT {

    @Test
    void chainVerifiesOnceSealedAndEveryAuthenticationIsInIt() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = create(merchant);
        List<Map<String, Object>> events = Database.rows(
                "SELECT type, actor FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id);
        assertEquals(List.of("authentication.requested", "authentication.completed"),
                events.stream().map(e -> e.get("type")).toList());
        assertEquals("merchant:" + merchant.id(), events.get(0).get("actor"));
        JsonObject verified = verifySealed();
        assertTrue(verified.getBoolean("verified"), verified.toString());
        assertEquals(0, verified.getJsonNumber("pendingEvents").longValue());
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_seal s JOIN audit_event e ON e.id = s.event_id "
                + "WHERE e.authentication_id = ?", id), "both events sealed");
        JsonObject checkpoint = verified.getJsonObject("checkpoint");
        assertEquals(checkpoint.getString("head"), verified.getString("head"));
    }

    /**
     * Whatever each create's outcome (a loaded simulator may time out), every event it wrote is sealed. The
     * clients speak HTTP/1.1: concurrent first requests of one JDK client upgrading to h2c were seen to hang.
     */
    @Test
    void concurrentCreatesLeaveOneUnbrokenChainAfterSealing() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        create(merchant);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Future<HttpResponse<String>>> creates = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                String body = Gateway.authenticationRequest(Gateway.reference(), "4000000000002701",
                        "https://shop.example/done");
                LeakLedger.sent(body);
                HttpRequest request = Gateway.request("/api/v1/authentications", merchant.key())
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                creates.add(clients.submit(() -> {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    LeakLedger.received(response.body());
                    return response;
                }));
            }
            for (Future<HttpResponse<String>> create : creates) {
                assertTrue(create.get().body().contains("\"authenticationId\"") || create.get().body().contains(
                        "\"id\""), create.get().body());
            }
        } finally {
            clients.shutdown();
        }
        JsonObject verified = verifySealed();
        assertTrue(verified.getBoolean("verified"), verified.toString());
        long written = Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ?", merchant.id());
        assertTrue(written >= 34, "each create wrote its events: " + written);
        assertEquals(written, Database.count("SELECT COUNT(*) FROM audit_seal s JOIN audit_event e "
                + "ON e.id = s.event_id WHERE e.merchant_id = ?", merchant.id()), "all of them sealed");
        assertEquals(0, Database.count("SELECT MAX(chain_position) - COUNT(*) FROM audit_seal"),
                "positions have no gaps (one statement: the sealer goes on sealing)");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_batch b WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit_seal s WHERE s.chain_position = b.last_position)"), "every batch ends on a link");
    }

    /**
     * A sealer that died holding the lease (written here as a lease of an instance that does not exist):
     * once its lease runs out, a live instance takes over and seals everything written meanwhile, once.
     */
    @Test
    void aLiveInstanceTakesOverWhenTheSealersLeaseRunsOut() {
        Database.update("UPDATE audit_chain_head SET sealer = ?, lease_until = ?", "a-dead-instance",
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(2)));
        Merchant merchant = Gateway.newMerchant("worldline");

        JsonObject verified = verifySealed();
        assertTrue(verified.getBoolean("verified"), verified.toString());
        assertEquals(0, verified.getJsonNumber("pendingEvents").longValue());
        assertNotEquals("a-dead-instance", Database.rows("SELECT sealer FROM audit_chain_head").get(0).get("sealer"));
        assertEquals(Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ?", merchant.id()),
                Database.count("SELECT COUNT(*) FROM audit_seal s JOIN audit_event e ON e.id = s.event_id "
                        + "WHERE e.merchant_id = ?", merchant.id()), "the merchant's creation sealed once");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_batch WHERE sealed_by = ?", "a-dead-instance"));
    }

    @Test
    void aChangedEventIsReportedAsTheFirstBrokenEvent() {
        String id = sealedEventId();
        Object outcome = Database.rows("SELECT outcome FROM audit_event WHERE id = ?", id).get(0).get("outcome");
        Database.update("UPDATE audit_event SET outcome = ? WHERE id = ?", "TAMPERED", id);
        try {
            JsonObject result = verify("");
            assertFalse(result.getBoolean("verified"));
            assertEquals(id, result.getString("firstBrokenEventId"));
            assertEquals("hash does not match the event's content", result.getString("reason"));
        } finally {
            Database.update("UPDATE audit_event SET outcome = ? WHERE id = ?", outcome, id);
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    @Test
    void aDeletedEventIsReportedByItsLink() {
        String id = sealedEventId();
        Map<String, Object> row = Database.rows("SELECT * FROM audit_event WHERE id = ?", id).get(0);
        Database.update("DELETE FROM audit_event WHERE id = ?", id);
        try {
            JsonObject result = verify("");
            assertFalse(result.getBoolean("verified"));
            assertEquals(id, result.getString("firstBrokenEventId"));
            assertTrue(result.getString("reason").contains("deleted"), result.toString());
        } finally {
            reinsert(row);
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    @Test
    void aDeletedEventWithItsLinkLeavesAGapThatNamesTheNextEvent() {
        String id = sealedEventId();
        Map<String, Object> row = Database.rows("SELECT * FROM audit_event WHERE id = ?", id).get(0);
        Map<String, Object> link = Database.rows("SELECT * FROM audit_seal WHERE event_id = ?", id).get(0);
        long position = ((Number) link.get("chain_position")).longValue();
        Object next = Database.rows("SELECT event_id FROM audit_seal WHERE chain_position = ?", position + 1).get(0)
                .get("event_id");
        Database.update("DELETE FROM audit_seal WHERE event_id = ?", id);
        Database.update("DELETE FROM audit_event WHERE id = ?", id);
        try {
            JsonObject result = verify("");
            assertFalse(result.getBoolean("verified"));
            assertEquals(next, result.getString("firstBrokenEventId"));
        } finally {
            reinsert(row);
            Database.update("INSERT INTO audit_seal (event_id, chain_position, previous_hash, hash) VALUES (?,?,?,?)",
                    link.get("event_id"), link.get("chain_position"), link.get("previous_hash"), link.get("hash"));
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    /**
     * Someone with write access to the database but not the signing key changes an event, recomputes its
     * hash and every later hash of its batch, and moves the batch's Merkle root and head to match: every
     * link checks, and the checkpoint's signature does not.
     */
    @Test
    void aRehashedBatchFailsOnItsSignature() {
        String id = sealedEventId();
        long position = ((Number) Database.rows("SELECT chain_position FROM audit_seal WHERE event_id = ?", id).get(0)
                .get("chain_position")).longValue();
        Map<String, Object> batch = Database.rows("SELECT * FROM audit_batch WHERE first_position <= ? "
                + "AND last_position >= ?", position, position).get(0);
        long first = ((Number) batch.get("first_position")).longValue();
        long last = ((Number) batch.get("last_position")).longValue();
        List<Map<String, Object>> links = Database.rows("SELECT s.*, e.sequence, e.at, e.type, e.actor, e.actor_role, "
                + "e.merchant_id, e.authentication_id, e.outcome, e.details FROM audit_seal s JOIN audit_event e "
                + "ON e.id = s.event_id WHERE s.chain_position BETWEEN ? AND ? ORDER BY s.chain_position", first, last);
        Object details = Database.rows("SELECT details FROM audit_event WHERE id = ?", id).get(0).get("details");
        String forgedDetails = "{\"amount\":\"1 EUR\"}";
        Database.update("UPDATE audit_event SET details = ? WHERE id = ?", forgedDetails, id);
        try {
            MerkleTree tree = new MerkleTree();
            String previous = (String) links.get(0).get("previous_hash");
            for (Map<String, Object> link : links) {
                String hash = (String) link.get("hash");
                if (((Number) link.get("chain_position")).longValue() >= position) {
                    hash = AuditHash.of(previous, (String) link.get("event_id"), ((Number) link.get("sequence"))
                                    .longValue(), ((Timestamp) link.get("at")).toLocalDateTime(), (String) link.get("type"),
                            (String) link.get("actor"), (String) link.get("actor_role"), (String) link.get("merchant_id"),
                            (String) link.get("authentication_id"), (String) link.get("outcome"),
                            link.get("event_id").equals(id) ? forgedDetails : (String) link.get("details"));
                    Database.update("UPDATE audit_seal SET previous_hash = ?, hash = ? WHERE event_id = ?", previous,
                            hash, link.get("event_id"));
                }
                tree.add(hash);
                previous = hash;
            }
            Database.update("UPDATE audit_batch SET merkle_root = ?, head = ? WHERE batch_number = ?", tree.root(),
                    previous, batch.get("batch_number"));

            JsonObject result = verify("");
            assertFalse(result.getBoolean("verified"));
            assertEquals(links.get(0).get("event_id"), result.getString("firstBrokenEventId"));
            assertTrue(result.getString("reason").contains("signature"), result.toString());
        } finally {
            Database.update("UPDATE audit_event SET details = ? WHERE id = ?", details, id);
            for (Map<String, Object> link : links) {
                Database.update("UPDATE audit_seal SET previous_hash = ?, hash = ? WHERE event_id = ?",
                        link.get("previous_hash"), link.get("hash"), link.get("event_id"));
            }
            Database.update("UPDATE audit_batch SET merkle_root = ?, head = ? WHERE batch_number = ?",
                    batch.get("merkle_root"), batch.get("head"), batch.get("batch_number"));
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    @Test
    void todaysChainExtendsAnEarlierCheckpoint() {
        create(Gateway.newMerchant("worldline"));
        verifySealed();
        String auditor = Gateway.newAuditorKey();
        Answer latest = Gateway.get("/api/v1/audit/checkpoints/latest", auditor);
        assertEquals(200, latest.status(), latest.body());
        JsonObject earlier = latest.json();
        assertNotNull(earlier.getString("signature"));
        create(Gateway.newMerchant("worldline"));
        verifySealed();

        JsonObject result = verify("?checkpoint=" + base64(earlier));
        assertTrue(result.getBoolean("verified"), result.toString());
        assertTrue(result.getBoolean("extendsCheckpoint"));
        assertTrue(result.getJsonObject("checkpoint").getJsonNumber("sequence").longValue()
                > earlier.getJsonNumber("sequence").longValue(), "the chain grew past it");
    }

    @Test
    void aForgedCheckpointIsRefused() {
        create(Gateway.newMerchant("worldline"));
        JsonObject earlier = Gateway.get("/api/v1/audit/checkpoints/latest", Gateway.newAuditorKey()).json();
        JsonObject forged = Json.createObjectBuilder(earlier).add("head", "0".repeat(64)).build();

        JsonObject result = verify("?checkpoint=" + base64(forged));
        assertFalse(result.getBoolean("verified"));
        assertTrue(result.getString("reason").contains("signature"), result.toString());
        assertEquals(400, Gateway.get("/api/v1/audit/verify?checkpoint=not-a-checkpoint", Gateway.newAuditorKey())
                .status());
    }

    private static String create(Merchant merchant) {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** An event, created by this test, sealed, with a successor in the chain. */
    private static String sealedEventId() {
        String id = create(Gateway.newMerchant("worldline"));
        verifySealed();
        return (String) Database.rows("SELECT id FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id)
                .get(0).get("id");
    }

    private static void reinsert(Map<String, Object> row) {
        Database.update("INSERT INTO audit_event (id, sequence, at, type, actor, actor_role, merchant_id, "
                        + "authentication_id, outcome, details) VALUES (?,?,?,?,?,?,?,?,?,?)",
                row.get("id"), row.get("sequence"), row.get("at"), row.get("type"), row.get("actor"),
                row.get("actor_role"), row.get("merchant_id"), row.get("authentication_id"), row.get("outcome"),
                row.get("details"));
    }

    private static String base64(JsonObject checkpoint) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(checkpoint.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject verifySealed() {
        return AuditApi.verifySealed(Gateway.newAuditorKey(), "");
    }

    private static JsonObject verify(String query) {
        Answer answer = Gateway.get("/api/v1/audit/verify" + query, Gateway.newAuditorKey());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
