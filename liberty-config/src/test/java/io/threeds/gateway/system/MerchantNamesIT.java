package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Merchant names in the auditor's reads (API.md §5, additive): each authentication, event and merchant
 * statistics group carries the merchant's shown name (its branding display name, else its name), and
 * {@code merchantName} filters authentications by part of a name, ignoring case.
 */
class MerchantNamesIT {
    private static final String AUTHENTICATIONS = "/api/v1/audit/authentications";
    private static Auditor auditor;

    @BeforeAll
    static void auditor() {
        auditor = AuditApi.newAuditor();
    }

    @Test
    void anAuditorSeesTheMerchantsNameBesideItsIdInEveryReadAndAMerchantSeesNoSuchField() {
        String name = "Blumen Müller " + token();
        Merchant merchant = Gateway.newMerchant("worldline", name);
        String id = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");

        JsonObject listed = AuditApi.items(AuditApi.json(AUTHENTICATIONS + AuditApi.query("merchantId",
                merchant.id()), auditor.key())).get(0);
        assertEquals(id, listed.getString("id"));
        assertEquals(name, listed.getString("merchantName"));
        List<JsonObject> events = AuditApi.items(AuditApi.json("/api/v1/audit/events" + AuditApi.query(
                "authenticationId", id), auditor.key()));
        assertFalse(events.isEmpty());
        events.forEach(event -> assertEquals(name, event.getString("merchantName"), event.toString()));

        Answer read = Gateway.get("/api/v1/authentications/" + id, auditor.key());
        assertEquals(200, read.status(), read.body());
        assertEquals(name, read.json().getString("merchantName"));
        Answer own = Gateway.get("/api/v1/authentications/" + id, merchant.key());
        assertEquals(200, own.status(), own.body());
        assertFalse(own.json().containsKey("merchantName"), "the merchant's own answer is as before: " + own.body());

        // A page of events none of which is about a merchant: a new auditor's own read of the list.
        Auditor newcomer = AuditApi.newAuditor();
        List<JsonObject> aboutNoMerchant = AuditApi.items(AuditApi.json("/api/v1/audit/events" + AuditApi.query(
                "actor", newcomer.actor()), newcomer.key()));
        assertFalse(aboutNoMerchant.isEmpty());
        aboutNoMerchant.forEach(event -> assertTrue(event.isNull("merchantId") && event.isNull("merchantName"),
                event.toString()));

        JsonObject byMerchant = AuditApi.json("/api/v1/audit/stats" + AuditApi.query("groupBy", "merchant",
                "merchantId", merchant.id()), auditor.key()).json().getJsonArray("groups").getJsonObject(0);
        assertEquals(merchant.id(), byMerchant.getString("key"));
        assertEquals(name, byMerchant.getString("merchantName"));
        JsonObject byProvider = AuditApi.json("/api/v1/audit/stats" + AuditApi.query("groupBy", "provider",
                "merchantId", merchant.id()), auditor.key()).json().getJsonArray("groups").getJsonObject(0);
        assertTrue(byProvider.isNull("merchantName"), byProvider.toString());
    }

    @Test
    void theNameFilterMatchesPartOfANameOrDisplayNameIgnoringCaseAndNoOtherMerchant() {
        String token = token();
        Merchant mueller = Gateway.newMerchant("worldline", "Blumen Müller " + token);
        Merchant martin = Gateway.newMerchant("worldline", "Fleurs Martin " + token);
        Answer created = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(),
                "{\"name\":\"it-shop-" + token + "\",\"defaultProvider\":\"worldline\"}");
        assertEquals(201, created.status(), created.body());
        Merchant unbranded = new Merchant(created.json().getString("id"), created.json().getString("apiKey"));
        Merchant other = Gateway.newMerchant("worldline", "Blumen Müller");
        String muellers = AuditApi.authenticate(mueller, Gateway.reference(), "4000000000002701").getString("id");
        String martins = AuditApi.authenticate(martin, Gateway.reference(), "4000000000002701").getString("id");
        String unbrandeds = AuditApi.authenticate(unbranded, Gateway.reference(), "4000000000002701").getString("id");
        AuditApi.authenticate(other, Gateway.reference(), "4000000000002701");

        String upperCase = "MÜLLER " + token.toUpperCase();
        assertEquals(List.of(muellers), AuditApi.ids(byName(upperCase)), "a part of the display name, any case");
        assertEquals(Set.of(muellers, martins, unbrandeds), AuditApi.items(byName(token)).stream()
                .map(item -> item.getString("id")).collect(Collectors.toSet()), "display names and a plain name");
        assertEquals("it-shop-" + token, AuditApi.items(byName("shop-" + token)).get(0).getString("merchantName"),
                "without branding the merchant's name is shown");
        assertEquals(List.of(), AuditApi.ids(byName("Müller%" + token)), "% is a character, not a wildcard");
        assertEquals(List.of(), AuditApi.ids(AuditApi.json(AUTHENTICATIONS + AuditApi.query("merchantName", token,
                "merchantId", other.id()), auditor.key())), "with other filters, all must hold");

        assertTrue(Database.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND type = 'audit.read' "
                + "AND details LIKE ?", auditor.actor(), "%\"merchantName\":\"shop-" + token + "\"%") == 1,
                "the read is audited with its filter");
        assertEquals(List.of("merchantName"), AuditApi.violatedFields(byName("x".repeat(101))));
    }

    private static Answer byName(String merchantName) {
        return AuditApi.json(AUTHENTICATIONS + AuditApi.query("merchantName", merchantName), auditor.key());
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
