package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every SANDBOX.md row through verifone. The hosted page's script is played by the test as a browser
 * would run it: Songbird's setup with the JWT, the session id relayed to the gateway, the lookup's
 * challenge through the simulator's ACS (what Cardinal.continue opens), and the signed validated
 * result relayed back.
 */
class VerifoneScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    /** The callbacks' base that each authentication's hosted page gave its script, by authentication id. */
    private static final Map<String, String> CALLBACKS = new ConcurrentHashMap<>();
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("verifone");
    }

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource({
            "4000000000002701, 1234,   Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000002719, 1234,   A, 06, true,  FRICTIONLESS,   PROCEED",
            "4000000000002925, 1234,   N, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000000000002313, 1234,   U, 07, false, FRICTIONLESS,   PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002537, 1234,   R, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000000000055550, 1234,   R, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000000000002990, 1234,   U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002446, 1234,   U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002560, 1234,   U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000100000000000, 1234,   Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000010001, 1234,   Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4012000033330026, 1234,   Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000002503, 1234,   Y, 05, true,  CHALLENGE,      PROCEED",
            "4000000000002503, 9999,   N, 07, false, CHALLENGE,      DO_NOT_PROCEED",
            "4000000000002503, CANCEL, U, 07, false, CHALLENGE,      PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4111111111111111, 1234,   Y, 05, true,  CHALLENGE,      PROCEED",
            "4000000000000002, 1234,   Y, 05, true,  CHALLENGE,      PROCEED",
            "4000000000002370, 1234,   N, 07, false, CHALLENGE,      DO_NOT_PROCEED",
            "4000000000002420, 1234,   U, 07, false, CHALLENGE,      PROCEED_WITHOUT_LIABILITY_SHIFT",
            "5200000000052701, 1234,   Y, 02, true,  FRICTIONLESS,   PROCEED",
            "5200000000052503, 1234,   Y, 02, true,  CHALLENGE,      PROCEED"})
    void throughSongbird(String card, String code, String transStatus, String eci, boolean liability, String flow,
                         String action) {
        JsonObject pending = createPending(card);
        String id = pending.getString("id");
        JsonObject next = setUpSongbird(pending);
        if ("step".equals(next.getString("next"))) {
            next = challenge(id, next.getJsonObject("action").getJsonObject("fields"), code);
        }
        assertEquals("redirect", next.getString("next"));
        assertEquals(RETURN_URL + "?authenticationId=" + id, next.getString("url"));

        JsonObject done = read(id);
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(transStatus, done.getString("transStatus"));
        assertEquals(eci, done.getString("eci"));
        assertEquals(liability, done.getBoolean("liabilityShift"));
        assertEquals(flow, done.getString("flow"));
        assertEquals(action, done.getString("recommendedAction"));
        if (flow.equals("CHALLENGE")) {
            assertEquals("SIGNED_CLIENT_MESSAGE", Database.rows("SELECT status_source FROM authentication WHERE id = ?",
                    id).get(0).get("status_source"), "a challenge result is taken only from the verified JWT");
        }
        assertFalse(Database.everythingStoredFor(id).contains(card));
        List<Object> types = auditTypes(id);
        assertEquals("authentication.challenge_completed", types.get(types.size() - 1));
    }

    /**
     * API.md §2: the card encrypted in the shopper's browser (verifone.js) instead of its number. The
     * gateway passes it on unopened, profiles no BIN, and learns the brand from the lookup and BIN and
     * last 4 from the payment; the simulator's outcome for the number proves it opened the right card.
     */
    @ParameterizedTest(name = "{0} encrypted in the browser -> {2}")
    @CsvSource({
            "4000000000002701, NONE, Y, FRICTIONLESS",
            "4000000000002503, 1234, Y, CHALLENGE",
            "4000000000002925, NONE, N, FRICTIONLESS",
            "5200000000052503, 1234, Y, CHALLENGE"})
    void aCardEncryptedInTheBrowserIsAuthenticatedAndPaidUnopened(String number, String code, String transStatus,
                                                                 String flow) {
        String encrypted = Sandbox.encryptCardForVerifone(number);
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.encryptedCardRequest(Gateway.reference(), encrypted, RETURN_URL));
        assertEquals(201, created.status(), created.body());
        JsonObject pending = created.json();
        String id = pending.getString("id");
        assertEquals("PENDING_BROWSER", pending.getString("state"));
        JsonObject card = pending.getJsonObject("card");
        assertTrue(card.isNull("bin") && card.isNull("last4") && card.isNull("brand"), card.toString());
        assertEquals(12, card.getInt("expiryMonth"));
        assertFalse(pending.getJsonObject("nextAction").getJsonObject("browserAction").getJsonObject("fields")
                .containsKey("bin"), "no BIN to profile");
        assertTrue(Database.rows("SELECT details FROM audit_event WHERE authentication_id = ? AND type = ?", id,
                "authentication.requested").get(0).get("details").toString().contains("client-side encrypted"));

        JsonObject next = setUpSongbird(pending);
        if ("step".equals(next.getString("next"))) {
            next = challenge(id, next.getJsonObject("action").getJsonObject("fields"), code);
        }
        assertEquals("redirect", next.getString("next"));
        JsonObject done = read(id);
        assertEquals(transStatus, done.getString("transStatus"));
        assertEquals(flow, done.getString("flow"));
        String brand = number.startsWith("5") ? "MASTERCARD" : "VISA";
        assertEquals(brand, done.getJsonObject("card").getString("brand"), "from the lookup's card_brand");
        assertTrue(done.getJsonObject("card").isNull("last4"), "the lookup tells no digits");

        if ("Y".equals(transStatus)) {
            Answer authorized = authorize(id);
            assertEquals(201, authorized.status(), authorized.body());
            assertEquals("AUTHORIZED", authorized.json().getString("status"));
            JsonObject paid = read(id).getJsonObject("card");
            assertEquals(number.substring(0, 6), paid.getString("bin"), "from the payment's masked_card_number");
            assertEquals(number.substring(12), paid.getString("last4"));
            assertEquals(brand, paid.getString("brand"));
            List<Map<String, Object>> payment = Database.rows("SELECT request_body FROM provider_call"
                    + " WHERE authentication_id = ? AND operation = ?", id, "payment");
            String evidence = payment.get(0).get("request_body").toString();
            assertTrue(evidence.contains("\"card_brand\":\"" + brand + "\""), evidence);
            assertFalse(evidence.contains(encrypted), "the evidence keeps no card, not even encrypted");
        } else {
            assertEquals(409, authorize(id).status());
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id));
        assertFalse(Database.everythingStoredFor(id).contains(number));
        assertTrue(Database.rows("SELECT card_fingerprint FROM authentication WHERE id = ?", id).get(0)
                .get("card_fingerprint") == null, "nothing to fingerprint");
    }

    @Test
    void aForgedValidatedResultIsRefused() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        JsonObject next = setUpSongbird(pending);
        assertEquals("step", next.getString("next"));
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJQYXlsb2FkIjp7IkFjdGlvbkNvZGUiOiJTVUNDRVNTIn19.c2lnbmF0dXJl";
        long validations = Sandbox.callsTo("verifone", "/jwt/validate");
        Answer refused = relay(id, "/challenge-complete", Map.of("jwt", forged, "actionCode", "SUCCESS"));
        assertEquals(400, refused.status());
        assertEquals("refused", refused.json().getString("next"), "JSON for the page's fetch, which then says so");
        assertEquals("PENDING_BROWSER", read(id).getString("state"));
        assertEquals(validations + 1, Sandbox.callsTo("verifone", "/jwt/validate"),
                "Verifone itself judged the JWT: the gateway holds no key to");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "browser.refused"));
    }

    @Test
    void authorizationAfterYSendsTheThreeDSDataAndR409() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        challenge(id, setUpSongbird(pending).getJsonObject("action").getJsonObject("fields"), "1234");
        Answer authorized = authorize(id);
        assertEquals(201, authorized.status(), authorized.body());
        assertEquals("AUTHORIZED", authorized.json().getString("status"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id));

        JsonObject rejected = createPending("4000000000002537");
        JsonObject end = setUpSongbird(rejected);
        assertEquals("redirect", end.getString("next"));
        Answer refused = authorize(rejected.getString("id"));
        assertEquals(409, refused.status(), refused.body());
    }

    @Test
    void aSlowLookupFailsTheAuthenticationAndSendsTheShopperBack() {
        JsonObject pending = createPending("4000000000002354");
        JsonObject next = setUpSongbird(pending);
        assertEquals("redirect", next.getString("next"));
        JsonObject failed = read(pending.getString("id"));
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("E", failed.getString("transStatus"));
        assertEquals("RETRY", failed.getString("recommendedAction"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?",
                pending.getString("id")));
    }

    @Test
    void theHostedPageLoadsSongbirdWithTheJwt() {
        JsonObject pending = createPending("4000000000002701");
        Answer page = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/sandbox/verifone/edge/v1/songbird.js"));
        assertTrue(page.body().contains("Cardinal.setup('init'"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("connect-src"), csp);
        assertFalse(csp.contains("script-src 'unsafe-inline'"), csp);
    }

    /** What the hosted page's script does: Songbird setup with the JWT, then the session id to the gateway. */
    private static JsonObject setUpSongbird(JsonObject pending) {
        String id = pending.getString("id");
        Answer page = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        assertEquals(200, page.status());
        CALLBACKS.put(id, Callbacks.baseIn(page.body(), id));
        JsonObject fields = pending.getJsonObject("nextAction").getJsonObject("browserAction").getJsonObject("fields");
        Answer init = Gateway.postJson(Sandbox.URL + "/sandbox/verifone/songbird/init", null,
                Json.createObjectBuilder().add("jwt", fields.getString("jwt")).build().toString());
        assertEquals(200, init.status(), init.body());
        String sessionId = init.json().getString("sessionId");
        Answer next = relay(id, "/method-complete", Map.of("sessionId", sessionId));
        assertEquals(200, next.status(), next.body());
        return next.json();
    }

    /** What Cardinal.continue opens: the ACS page, the code, and the signed result it hands back. */
    private static JsonObject challenge(String id, JsonObject fields, String code) {
        Answer acs = Gateway.send(Gateway.request(fields.getString("AcsUrl"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("creq", fields.getString("Payload"),
                        "TransactionId", fields.getString("TransactionId"))))));
        assertEquals(200, acs.status(), acs.body());
        Answer answered = Shopper.submit(acs, code.equals("CANCEL") ? null : code);
        assertEquals(200, answered.status(), answered.body());
        Document page = Jsoup.parse(answered.body());
        Element result = page.selectFirst("script#cardinal-result");
        assertNotNull(result, answered.body());
        JsonObject cardinal;
        try (JsonReader reader = Json.createReader(new StringReader(result.data()))) {
            cardinal = reader.readObject();
        }
        JsonObject data = cardinal.getJsonObject("data");
        Map<String, String> relayed = new LinkedHashMap<>();
        relayed.put("jwt", cardinal.getString("jwt"));
        relayed.put("actionCode", data.getString("ActionCode"));
        relayed.put("errorNumber", String.valueOf(data.get("ErrorNumber")));
        Answer next = relay(id, "/challenge-complete", relayed);
        assertEquals(200, next.status(), next.body());
        return next.json();
    }

    private static Answer relay(String id, String path, Map<String, String> fields) {
        return Gateway.send(Gateway.request(CALLBACKS.get(id) + path, null)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Answer authorize(String id) {
        return Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization", merchant.key())
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
    }

    private static JsonObject createPending(String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        assertEquals("PENDING_BROWSER", answer.json().getString("state"));
        assertEquals("SDK_INIT", answer.json().getJsonObject("nextAction").getJsonObject("browserAction")
                .getString("purpose"));
        return answer.json();
    }

    private static JsonObject read(String id) {
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    private static List<Object> auditTypes(String id) {
        return Database.rows("SELECT type FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id).stream()
                .map(row -> row.get("type")).toList();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
