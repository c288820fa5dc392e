package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Instant;

/** The verifone simulator's beans wired by hand, as CDI would, with no Time-out delay. */
final class Simulator {
    static final URI BASE = URI.create("http://localhost:9080/sandbox/");
    static final String SECRET = "unit-test-verifone-secret";
    static final Instant NOW = Instant.parse("2024-02-20T00:43:26Z");
    static final String CONTRACT = "3ds-contract-123";

    final CardinalMemory memory = new CardinalMemory();
    final SongbirdTokens tokens = new SongbirdTokens();
    final SecureCardCapture cardCapture = new SecureCardCapture();
    final ThreeDSecureService service = new ThreeDSecureService();
    final Songbird songbird = new Songbird();
    final AcsChallenge acs = new AcsChallenge();
    final CardTransactions transactions = new CardTransactions();

    Simulator() {
        memory.maxEntries = 1000;
        tokens.secret = SECRET;
        tokens.memory = memory;
        service.tokens = tokens;
        service.memory = memory;
        service.cardCapture = cardCapture;
        service.timeOutDelayMs = 0;
        songbird.tokens = tokens;
        songbird.memory = memory;
        acs.memory = memory;
        acs.tokens = tokens;
        transactions.cardCapture = cardCapture;
    }

    static RequestBody json(JsonObject object) {
        return new RequestBody(object);
    }

    String encrypted(String cardNumber) {
        return cardCapture.encrypt(new CardDetails(new CardNumber(cardNumber), 12, 2030, "123"));
    }

    /** jwt/create then Songbird's init: a session id, as the browser would send it. */
    String sessionId() {
        String jwt = service.jwtCreate(json(Json.createObjectBuilder().add("threads_contract_id", CONTRACT).build()), NOW)
                .body().getString("jwt");
        return songbird.init(json(Json.createObjectBuilder().add("jwt", jwt).build()), NOW).body().getString("sessionId");
    }

    /** The seed's lookup request (§1.3.2) for a card, with a fresh Songbird session. */
    JsonObjectBuilder lookupRequest(String cardNumber) {
        return Json.createObjectBuilder()
                .add("amount", 1000)
                .add("currency_code", "EUR")
                .add("encrypted_card", encrypted(cardNumber))
                .add("public_key_alias", "sandbox-key-1")
                .add("device_info_id", sessionId())
                .add("threeds_contract_id", CONTRACT)
                .add("billing_first_name", "first_name")
                .add("billing_last_name", "last_name")
                .add("billing_address_1", "address line 1")
                .add("billing_city", "City")
                .add("billing_country_code", "AU")
                .add("email", "email@verifone.com")
                .add("merchant_reference", "Order number 1234");
    }

    VerifoneAnswer lookup(String cardNumber) {
        return service.lookup(json(lookupRequest(cardNumber).build()), BASE, NOW);
    }

    /** Lookup, the ACS page, and the shopper's answer: the result page. */
    AcsPage challenge(String cardNumber, String action, String otp) {
        JsonObject lookup = lookup(cardNumber).body();
        acs.open(lookup.getString("payload"), lookup.getString("transaction_id"), "/sandbox/verifone/acs/challenge/answer");
        return acs.answer(lookup.getString("transaction_id"), otp, action, NOW);
    }
}
