package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admin's key lifecycle (API.md §1): a further key, the list without secrets, revocation that is 401 at
 * once, a key that expires by itself (a rotation's overlap), each change in the audit trail.
 */
class KeyLifecycleIT {

    @Test
    void aRotationIsANewKeyThenTheOldOneRevoked() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String keys = "/api/v1/merchants/" + merchant.id() + "/keys";
        Answer issued = Gateway.postJson(keys, Gateway.adminKey(), "{}");
        assertEquals(201, issued.status(), issued.body());
        assertEquals("no-store", issued.header("Cache-Control"));
        String second = issued.json().getString("apiKey");
        assertTrue(second.startsWith("tds_m_"));
        assertTrue(issued.json().isNull("expiresAt"));
        assertEquals(200, read(second).status(), "the new key works");
        assertEquals(200, read(merchant.key()).status(), "and the old one still does");

        Answer listed = Gateway.get(keys, Gateway.adminKey());
        assertEquals(200, listed.status(), listed.body());
        List<JsonObject> items = listed.json().getJsonArray("items").getValuesAs(JsonValue::asJsonObject);
        assertEquals(2, items.size());
        assertFalse(listed.body().contains(merchant.key()) || listed.body().contains(second), "never a secret");
        assertEquals(second.substring(0, 10), items.get(1).getString("prefix"));
        assertNotNull(items.get(0).getString("lastUsedAt"), "the first key was used");

        String oldKeyId = items.get(0).getString("keyId");
        HttpRequest.Builder revoke = Gateway.request(keys + "/" + oldKeyId, Gateway.adminKey()).DELETE();
        assertEquals(204, Gateway.send(revoke).status());
        assertEquals(401, read(merchant.key()).status(), "revoked: refused at once");
        assertEquals(200, read(second).status());
        assertEquals(204, Gateway.send(Gateway.request(keys + "/" + oldKeyId, Gateway.adminKey()).DELETE()).status(),
                "revoking again changes nothing");
        assertFalse(Gateway.get(keys, Gateway.adminKey()).json().getJsonArray("items").getJsonObject(0)
                .isNull("revokedAt"));
        assertEquals(List.of("api_key.issued", "api_key.revoked"), Database.rows("SELECT type FROM audit_event "
                + "WHERE merchant_id = ? AND type LIKE 'api_key.%' ORDER BY sequence", merchant.id()).stream()
                .map(row -> row.get("type")).toList());
    }

    @Test
    void aKeyWithAnExpiryStopsWorkingByItself() throws InterruptedException {
        Auditor auditor = AuditApi.newAuditor();
        String keys = "/api/v1/auditors/" + auditor.id() + "/keys";
        String expiresAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString();
        Answer issued = Gateway.postJson(keys, Gateway.adminKey(), "{\"expiresAt\":\"" + expiresAt + "\"}");
        assertEquals(201, issued.status(), issued.body());
        String shortLived = issued.json().getString("apiKey");
        assertEquals(Instant.parse(expiresAt), Instant.parse(issued.json().getString("expiresAt")));
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            Thread.sleep(500);
            status = Gateway.get("/api/v1/audit/events?limit=1", shortLived).status();
        } while (status == 200 && Instant.now().isBefore(deadline));
        assertEquals(401, status, "expired");
        assertEquals(200, Gateway.get("/api/v1/audit/events?limit=1", auditor.key()).status(), "the auditor's first key works");
    }

    @Test
    void badRequestsAndOtherPrincipalsKeys() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Merchant other = Gateway.newMerchant("worldline");
        String keys = "/api/v1/merchants/" + merchant.id() + "/keys";
        assertEquals(List.of("expiresAt"), AuditApi.violatedFields(Gateway.postJson(keys, Gateway.adminKey(),
                "{\"expiresAt\":\"2020-01-01T00:00:00Z\"}")));
        assertEquals(List.of("expiresAt"), AuditApi.violatedFields(Gateway.postJson(keys, Gateway.adminKey(),
                "{\"expiresAt\":\"tomorrow\"}")));
        assertEquals(404, Gateway.postJson("/api/v1/merchants/" + UUID.randomUUID() + "/keys", Gateway.adminKey(), "{}")
                .status());
        assertEquals(404, Gateway.get("/api/v1/partners/" + merchant.id() + "/keys", Gateway.adminKey()).status(),
                "a merchant is no partner");
        String otherKeyId = Gateway.get("/api/v1/merchants/" + other.id() + "/keys", Gateway.adminKey()).json()
                .getJsonArray("items").getJsonObject(0).getString("keyId");
        assertEquals(404, Gateway.send(Gateway.request(keys + "/" + otherKeyId, Gateway.adminKey()).DELETE()).status(),
                "another merchant's key is not revoked through this one");
        assertEquals(200, read(other.key()).status());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM api_key WHERE principal_id = ?", merchant.id()),
                "nothing issued by the refused requests");
    }

    private static Answer read(String merchantKey) {
        return Gateway.get("/api/v1/authentications?merchantReference=none", merchantKey);
    }
}
