package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Partner;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partners (API.md §1): an admin asks for a partner's links to merchants, each merchant consents; the partner
 * calls the merchant API with Merchant-Id, for linked merchants only, and the audit trail records it acting for them.
 */
class PartnerIT {
    private static final String CARD = "4000000000002701";
    private static Merchant first;
    private static Merchant second;
    private static Merchant unlinked;
    private static Partner partner;

    @BeforeAll
    static void partnerOfTwoMerchants() {
        first = Gateway.newMerchant("worldline");
        second = Gateway.newMerchant("worldline");
        unlinked = Gateway.newMerchant("worldline");
        partner = AuditApi.newPartner(first, second);
    }

    @Test
    void adminCreatesAPartnerWhoseLinksWaitForEachMerchantsConsent() {
        String name = "platform-" + UUID.randomUUID();
        Answer created = Gateway.postJson("/api/v1/partners", Gateway.adminKey(), "{\"name\":\"" + name
                + "\",\"merchantIds\":[\"" + second.id() + "\",\"" + first.id() + "\",\"" + first.id() + "\"]}");
        assertEquals(201, created.status(), created.body());
        JsonObject partner = created.json();
        String id = partner.getString("id");
        assertEquals(List.of("id", "name", "apiKey", "merchantIds", "pendingLinks", "createdAt"),
                List.copyOf(partner.keySet()));
        assertEquals(name, partner.getString("name"));
        assertTrue(partner.getString("apiKey").length() >= 22);
        assertEquals(List.of(), partner.getJsonArray("merchantIds"), "no merchant consented yet");
        Map<String, String> links = new HashMap<>();
        partner.getJsonArray("pendingLinks").stream().map(JsonValue::asJsonObject).forEach(link -> {
            assertEquals("PENDING_CONSENT", link.getString("status"));
            links.put(link.getString("merchantId"), link.getString("linkId"));
        });
        assertEquals(Set.of(first.id(), second.id()), links.keySet());
        assertEquals("/api/v1/partners/" + id, URI.create(created.header("Location")).getPath());

        assertEquals(name, Database.rows("SELECT name FROM partner WHERE id = ?", id).get(0).get("name"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM partner_merchant WHERE partner_id = ?", id));
        Map<String, Object> key = Database.rows("SELECT * FROM api_key WHERE principal_id = ?", id).get(0);
        assertEquals("PARTNER", key.get("role"));
        assertFalse(key.get("key_hash").equals(partner.getString("apiKey")), "only the hash is stored");
        Map<String, Object> event = Database.rows("SELECT * FROM audit_event WHERE type = ? AND details LIKE ?",
                "partner.created", "%" + id + "%").get(0);
        assertEquals("admin", event.get("actor_role"));

        String apiKey = partner.getString("apiKey");
        assertEquals(404, asPartner(first.id(), create(Gateway.reference(), apiKey)).status(),
                "before the merchant's consent the partner cannot act for it");
        assertEquals(404, Gateway.postJson("/api/v1/partner-links/" + links.get(first.id()) + "/consent",
                second.key(), "").status(), "a merchant consents only to its own links");
        JsonObject waiting = Gateway.get("/api/v1/partner-links", first.key()).json();
        assertTrue(waiting.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(link -> link.getString("linkId").equals(links.get(first.id()))), waiting.toString());
        Answer consent = Gateway.postJson("/api/v1/partner-links/" + links.get(first.id()) + "/consent", first.key(),
                "");
        assertEquals(200, consent.status(), consent.body());
        assertEquals("LINKED", consent.json().getString("status"));
        assertEquals(201, asPartner(first.id(), create(Gateway.reference(), apiKey)).status());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE type = ? AND actor_role = ? "
                + "AND merchant_id = ? AND details LIKE ?", "partner_link.consented", "merchant", first.id(), "%" + id + "%"));
        assertEquals(404, Gateway.postJson("/api/v1/partner-links/" + links.get(first.id()) + "/consent", first.key(),
                "").status(), "consented once");

        Answer read = Gateway.get("/api/v1/partners/" + id, Gateway.adminKey());
        assertEquals(200, read.status(), read.body());
        assertTrue(read.json().isNull("apiKey"), "the key is never shown again");
        assertEquals(List.of(first.id()), read.json().getJsonArray("merchantIds").getValuesAs(JsonString::getString));
        assertEquals(1, read.json().getJsonArray("pendingLinks").size());
        assertEquals(404, Gateway.get("/api/v1/partners/" + UUID.randomUUID(), Gateway.adminKey()).status());

        Answer again = Gateway.postJson("/api/v1/partners/" + id + "/merchants", Gateway.adminKey(),
                "{\"merchantId\":\"" + second.id() + "\"}");
        assertEquals(202, again.status(), again.body());
        assertEquals(links.get(second.id()), again.json().getString("linkId"), "asking again is the same request");
        assertEquals(409, Gateway.postJson("/api/v1/partners/" + id + "/merchants", Gateway.adminKey(),
                "{\"merchantId\":\"" + first.id() + "\"}").status(), "already linked");
        assertEquals(List.of("merchantId"), AuditApi.violatedFields(Gateway.postJson("/api/v1/partners/" + id
                + "/merchants", Gateway.adminKey(), "{\"merchantId\":\"" + UUID.randomUUID() + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[\"%s\", \"%s\"]", "[]", "\"%s\"", "[42]", "absent"})
    void merchantIdsMustNameExistingMerchants(String merchantIds) {
        String name = "refused-" + UUID.randomUUID();
        String list = merchantIds.formatted(first.id(), UUID.randomUUID());
        String body = merchantIds.equals("absent") ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"merchantIds\":" + list + "}";
        Answer answer = Gateway.postJson("/api/v1/partners", Gateway.adminKey(), body);
        assertEquals(List.of("merchantIds"), AuditApi.violatedFields(answer), answer.body());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM partner WHERE name = ?", name), "nothing stored");
    }

    @Test
    void aPartnerAuthenticatesForALinkedMerchantAndTheTrailSaysSo() {
        Answer created = asPartner(first.id(), create(Gateway.reference()));
        assertEquals(201, created.status(), created.body());
        JsonObject authentication = created.json();
        String id = authentication.getString("id");
        assertEquals(first.id(), authentication.getString("merchantId"));
        assertFalse(authentication.isNull("authenticationValue"), "a partner sees what its merchant sees");
        assertEquals(first.id(), Database.rows("SELECT merchant_id FROM authentication WHERE id = ?", id).get(0)
                .get("merchant_id"));

        List<Map<String, Object>> events = Database.rows(
                "SELECT * FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id);
        assertEquals(List.of("authentication.requested", "authentication.completed"),
                events.stream().map(e -> e.get("type")).toList());
        for (Map<String, Object> event : events) {
            assertEquals(partner.actor(), event.get("actor"));
            assertEquals("partner", event.get("actor_role"));
            assertEquals(first.id(), event.get("merchant_id"));
            assertEquals(first.id(), details(event).getString("onBehalfOf"));
        }

        Answer read = asPartner(first.id(), Gateway.request("/api/v1/authentications/" + id, partner.key()).GET());
        assertEquals(200, read.status(), read.body());
        assertEquals(200, Gateway.get("/api/v1/authentications/" + id, first.key()).status(),
                "the merchant sees what its partner did for it");
        Answer byReference = asPartner(first.id(), Gateway.request("/api/v1/authentications?merchantReference="
                + authentication.getString("merchantReference"), partner.key()).GET());
        assertEquals(1, byReference.json().getJsonArray("items").size());

        Answer forTheOther = asPartner(second.id(), Gateway.request("/api/v1/authentications/" + id, partner.key())
                .GET());
        assertEquals(404, forTheOther.status(), "acting for its other merchant, it cannot see this one's");
        Answer viaAuditor = AuditApi.json("/api/v1/audit/events" + AuditApi.query("authenticationId", id),
                AuditApi.newAuditor().key());
        assertEquals(first.id(), AuditApi.items(viaAuditor).get(0).getJsonObject("details").getString("onBehalfOf"));
    }

    @Test
    void aMissingMerchantIdIs400AndStoresNothing() {
        String reference = Gateway.reference();
        long refusals = Database.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND type = ?",
                partner.actor(), "request.refused");
        Answer answer = Gateway.send(create(reference));
        assertEquals(List.of("Merchant-Id"), AuditApi.violatedFields(answer));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference));
        assertEquals(refusals + 1, Database.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND type = ?",
                partner.actor(), "request.refused"), "the refusal is audited, by the partner");
    }

    @Test
    void anUnlinkedMerchantLooksExactlyLikeAnUnknownOne() {
        String reference = Gateway.reference();
        Answer unlinkedAnswer = asPartner(unlinked.id(), create(reference));
        Answer unknownAnswer = asPartner(UUID.randomUUID().toString(), create(reference));
        assertEquals(404, unlinkedAnswer.status(), unlinkedAnswer.body());
        assertEquals(404, unknownAnswer.status(), unknownAnswer.body());
        JsonObject a = unlinkedAnswer.json();
        JsonObject b = unknownAnswer.json();
        assertEquals("/problems/not-found", a.getString("type"));
        for (String member : List.of("type", "title", "status", "detail")) {
            assertEquals(a.get(member), b.get(member), "no existence oracle in " + member);
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference));
        assertEquals(404, asPartner(unlinked.id(), Gateway.request("/api/v1/authentications?merchantReference=x",
                partner.key()).GET()).status());
    }

    @Test
    void aMerchantKeyIgnoresMerchantId() {
        Answer created = Gateway.send(Gateway.request("/api/v1/authentications", first.key())
                .header("Merchant-Id", second.id()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Gateway.authenticationRequest(Gateway.reference(), CARD,
                        "https://shop.example/done"))));
        assertEquals(201, created.status(), created.body());
        assertEquals(first.id(), created.json().getString("merchantId"), "a merchant only ever acts for itself");
    }

    private static HttpRequest.Builder create(String reference) {
        return create(reference, partner.key());
    }

    private static HttpRequest.Builder create(String reference, String key) {
        return Gateway.request("/api/v1/authentications", key).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(Gateway.authenticationRequest(reference, CARD,
                        "https://shop.example/done")));
    }

    private static Answer asPartner(String merchantId, HttpRequest.Builder request) {
        return Gateway.send(request.header("Merchant-Id", merchantId));
    }

    private static JsonObject details(Map<String, Object> event) {
        try (JsonReader reader = Json.createReader(new StringReader((String) event.get("details")))) {
            return reader.readObject();
        }
    }
}
