package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A browser step not finished in time: EXPIRED, audited, its hosted page dead, its held card gone. */
class ExpiryIT {
    private static final String RETURN_URL = "https://shop.example/done";

    @Test
    void readingAnOverdueAuthenticationExpiresIt() {
        Merchant merchant = Gateway.newMerchant("worldline");
        JsonObject pending = pending(merchant, "4000000000002503");
        String id = pending.getString("id");
        overdue(id);
        JsonObject read = Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
        assertEquals("EXPIRED", read.getString("state"));
        assertEquals("U", read.getString("transStatus"));
        assertEquals("PROCEED_WITHOUT_LIABILITY_SHIFT", read.getString("recommendedAction"));
        assertTrue(read.isNull("nextAction"));
        assertEquals(400, Gateway.get(pending.getJsonObject("nextAction").getString("url"), null).status());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authentication.expired"));
    }

    @Test
    void theSweepExpiresOverdueStepsAndDeletesTheirHeldCards() throws Exception {
        Merchant merchant = Gateway.newMerchant("paysafe");
        String id = pending(merchant, "4000000000002503").getString("id");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id));
        overdue(id);
        Database.update("UPDATE held_request SET expires_at = ? WHERE authentication_id = ?", past(), id);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"EXPIRED".equals(state(id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals("EXPIRED", state(id), "the housekeeping sweep ends overdue browser steps");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id));
    }

    @Test
    void authenticationValuesPastTheirRetentionAreErasedAndThePurgeAudited() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        String id = answer.json().getString("id");
        assertTrue(!answer.json().isNull("authenticationValue"), answer.body());
        String recent = Gateway.reference();
        String recentId = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(recent, "4000000000002701", RETURN_URL)).json().getString("id");
        Database.update("UPDATE authentication SET created_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusDays(31), id);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (authenticationValueStored(id) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(!authenticationValueStored(id), "the sweep erases values past the 30-day retention");
        assertTrue(Gateway.get("/api/v1/authentications/" + id, merchant.key()).json().isNull("authenticationValue"));
        assertTrue(authenticationValueStored(recentId), "a recent value is kept");
        assertTrue(Database.count("SELECT COUNT(*) FROM audit_event WHERE type = ?",
                "authentication_values.purged") >= 1);
    }

    private static boolean authenticationValueStored(String id) {
        return Database.rows("SELECT authentication_value_enc FROM authentication WHERE id = ?", id).get(0)
                .get("authentication_value_enc") != null;
    }

    private static JsonObject pending(Merchant merchant, String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        assertEquals("PENDING_BROWSER", answer.json().getString("state"));
        return answer.json();
    }

    private static void overdue(String id) {
        Database.update("UPDATE authentication SET expires_at = ? WHERE id = ?", past(), id);
    }

    private static LocalDateTime past() {
        return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
    }

    private static String state(String id) {
        return (String) Database.rows("SELECT state FROM authentication WHERE id = ?", id).get(0).get("state");
    }
}
