package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records read and write API.md's JSON as a JSON-B implementation maps them. */
class WireFormatTest {
    private final Jsonb json = JsonbBuilder.create();

    @Test
    void aNewAuthenticationSendsOnlyWhatIsSet() {
        NewAuthentication request = NewAuthentication.of("order-1", new Amount(1000, "EUR"),
                        NewCard.of(TestCards.CHALLENGE, 12, 2030, "Jane Doe"), "https://shop.example/done")
                .withChallengePreference(ChallengePreference.CHALLENGE_REQUESTED);
        JsonObject sent = Json.createReader(new StringReader(json.toJson(request))).readObject();
        assertEquals(Set.of("merchantReference", "amount", "card", "challengePreference", "returnUrl"),
                sent.keySet());
        assertEquals("CHALLENGE_REQUESTED", sent.getString("challengePreference"));
        assertEquals(Set.of("number", "expiryMonth", "expiryYear", "holderName"),
                sent.getJsonObject("card").keySet());
        assertEquals(1000, sent.getJsonObject("amount").getInt("value"));
    }

    @Test
    void anEncryptedCardSendsNoNumber() {
        JsonObject card = Json.createReader(new StringReader(json.toJson(
                NewCard.encrypted("LS0t", "sandbox-key-1", 12, 2030)))).readObject();
        assertEquals(Set.of("encrypted", "publicKeyAlias", "expiryMonth", "expiryYear"), card.keySet());
    }

    @Test
    void readsTheAuthenticationResourceAndIgnoresMembersAddedLater() {
        Authentication read = json.fromJson("""
                {"id": "9d3c", "merchantId": "m", "merchantReference": "order-1234", "provider": "verifone",
                 "state": "PENDING_BROWSER", "transStatus": null, "eci": null, "liabilityShift": false,
                 "recommendedAction": "AWAIT_BROWSER",
                 "card": {"bin": "40000000", "last4": "2503", "brand": "VISA", "expiryMonth": 12, "expiryYear": 2030},
                 "amount": {"value": 1000, "currency": "EUR"},
                 "nextAction": {"type": "REDIRECT", "url": "https://gw/3ds/9d3c/start?t=x",
                   "browserAction": {"purpose": "CHALLENGE", "method": "POST", "url": "https://acs.example/c",
                                     "fields": {"creq": "eyJ"}, "target": "VISIBLE_IFRAME", "windowSize": "02"}},
                 "createdAt": "2026-11-22T10:00:00Z", "expiresAt": "2026-11-22T10:30:00Z",
                 "aMemberOfAFutureVersion": {"x": 1}}""", Authentication.class);
        assertTrue(read.awaitsBrowser());
        assertFalse(read.finished());
        assertEquals("https://gw/3ds/9d3c/start?t=x", read.nextAction().url());
        assertEquals("eyJ", read.nextAction().browserAction().fields().get("creq"));
        assertEquals("2503", read.card().last4());
        assertEquals(Instant.parse("2026-11-22T10:30:00Z"), read.expiresAt());
        assertNull(read.authorization());
        assertFalse(read.toString().contains("t=x"));
    }
}
