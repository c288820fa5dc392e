package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code PATCH /api/v1/merchants/{id}} (API.md §1): what is given changes, what is left out stays, audited. */
class MerchantChangeIT {

    private static Answer patch(String merchantId, String body, String key) {
        return Gateway.send(Gateway.request("/api/v1/merchants/" + merchantId, key)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void givenFieldsChangeAndTheOthersStay() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer changed = patch(merchant.id(), "{\"allowedReturnOrigins\":[\"https://shop.example\"],"
                + "\"branding\":{\"displayName\":\"Shop\",\"accentColor\":\"#0055aa\"}}", Gateway.adminKey());
        assertEquals(200, changed.status(), changed.body());
        JsonObject view = Gateway.get("/api/v1/merchants/" + merchant.id(), Gateway.adminKey()).json();
        assertEquals(List.of("https://shop.example"),
                view.getJsonArray("allowedReturnOrigins").getValuesAs(JsonString::getString));
        assertEquals("Shop", view.getJsonObject("branding").getString("displayName"));
        assertEquals("worldline", view.getString("defaultProvider"), "left out, so unchanged");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.id(), "merchant.changed"));

        Answer origin = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://elsewhere.example/done"));
        assertEquals(List.of("returnUrl"), AuditApi.violatedFields(origin), "the new origins are in force");
    }

    @Test
    void aBadChangeChangesNothing() {
        Merchant merchant = Gateway.newMerchant("worldline");
        assertEquals(List.of("name"), AuditApi.violatedFields(patch(merchant.id(), "{\"name\":\"new\"}",
                Gateway.adminKey())));
        Answer refused = patch(merchant.id(), "{\"webhookUrl\":\"ftp://x\",\"defaultProvider\":\"nope\"}",
                Gateway.adminKey());
        assertEquals(List.of("defaultProvider", "webhookUrl"),
                AuditApi.violatedFields(refused).stream().sorted().toList(), refused.body());
        JsonObject view = Gateway.get("/api/v1/merchants/" + merchant.id(), Gateway.adminKey()).json();
        assertEquals("worldline", view.getString("defaultProvider"));
        assertTrue(view.isNull("webhookUrl"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.id(), "merchant.changed"));
        assertEquals(404, patch(UUID.randomUUID().toString(), "{}", Gateway.adminKey()).status());
        assertEquals(403, patch(merchant.id(), "{}", merchant.key()).status(), "admins only");
    }
}
