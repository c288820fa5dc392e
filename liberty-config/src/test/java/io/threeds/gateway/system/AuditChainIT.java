package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is a hash chain: a changed or a deleted row is found, and named. Each test puts the
 * database back as it found it, so the chain verifies again for the tests that follow.
 */
class AuditChainIT {

    @Test
    void chainVerifiesAndEveryAuthenticationIsInIt() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"));
        String id = created.json().getString("id");
        List<Map<String, Object>> events = Database.rows(
                "SELECT type, actor, previous_hash, hash FROM audit_event WHERE authentication_id = ? ORDER BY sequence",
                id);
        assertEquals(List.of("authentication.requested", "authentication.completed"),
                events.stream().map(e -> e.get("type")).toList());
        assertEquals("merchant:" + merchant.id(), events.get(0).get("actor"));
        JsonObject verified = verify();
        assertTrue(verified.getBoolean("verified"), verified.toString());
        assertTrue(verified.getJsonNumber("checked").longValue() >= 2);
    }

    @Test
    void aChangedRowIsReportedAsTheFirstBrokenEvent() {
        String id = someEventId();
        Map<String, Object> original = Database.rows("SELECT outcome FROM audit_event WHERE id = ?", id).get(0);
        Database.update("UPDATE audit_event SET outcome = ? WHERE id = ?", "TAMPERED", id);
        try {
            JsonObject result = verify();
            assertFalse(result.getBoolean("verified"));
            assertEquals(id, result.getString("firstBrokenEventId"));
        } finally {
            Database.update("UPDATE audit_event SET outcome = ? WHERE id = ?", original.get("outcome"), id);
        }
        assertTrue(verify().getBoolean("verified"));
    }

    @Test
    void aDeletedRowIsReported() {
        String id = someEventId();
        Map<String, Object> row = Database.rows("SELECT * FROM audit_event WHERE id = ?", id).get(0);
        long sequence = ((Number) row.get("sequence")).longValue();
        String next = (String) Database.rows("SELECT id FROM audit_event WHERE sequence = ?", sequence + 1).get(0)
                .get("id");
        Database.update("DELETE FROM audit_event WHERE id = ?", id);
        try {
            JsonObject result = verify();
            assertFalse(result.getBoolean("verified"));
            assertEquals(next, result.getString("firstBrokenEventId"));
        } finally {
            Database.update("INSERT INTO audit_event (id, sequence, at, type, actor, actor_role, merchant_id, "
                    + "authentication_id, outcome, details, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    row.get("id"), row.get("sequence"), row.get("at"), row.get("type"), row.get("actor"),
                    row.get("actor_role"), row.get("merchant_id"), row.get("authentication_id"), row.get("outcome"),
                    row.get("details"), row.get("previous_hash"), row.get("hash"));
        }
        assertTrue(verify().getBoolean("verified"));
    }

    /** An event with a successor, created by this test. */
    private static String someEventId() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"))
                .json().getString("id");
        return (String) Database.rows("SELECT id FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id)
                .get(0).get("id");
    }

    private static JsonObject verify() {
        Answer answer = Gateway.get("/api/v1/audit/verify", Gateway.newAuditorKey());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
