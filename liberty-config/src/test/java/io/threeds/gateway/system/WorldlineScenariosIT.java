package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every SANDBOX.md row through worldline, frictionless and challenge, with the stored record checked. */
class WorldlineScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("worldline");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "4000000000002701, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000002719, A, 06, true,  FRICTIONLESS,   PROCEED",
            "4000000000002925, N, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000000000002313, U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002537, R, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000000000055550, R, 07, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4000100000000000, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000010001, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "4000000000002446, U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002990, U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002560, U, 07, false, NOT_APPLICABLE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4012000033330026, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "5200000000052701, Y, 02, true,  FRICTIONLESS,   PROCEED",
            "5200000000052925, N, 00, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "5200000000052537, R, 00, false, FRICTIONLESS,   DO_NOT_PROCEED",
            "4242424242424242, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "378282246310005,  Y, 05, true,  FRICTIONLESS,   PROCEED",
            "6011111111111117, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "3530111333300000, Y, 05, true,  FRICTIONLESS,   PROCEED",
            "36227206271667,   Y, 05, true,  FRICTIONLESS,   PROCEED"})
    void frictionless(String card, String transStatus, String eci, boolean liability, String flow, String action) {
        String reference = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject auth = answer.json();
        assertEquals("/api/v1/authentications/" + auth.getString("id"), URI.create(answer.header("Location")).getPath());
        assertEquals("COMPLETED", auth.getString("state"));
        assertEquals(transStatus, auth.getString("transStatus"));
        assertEquals(eci, auth.getString("eci"));
        assertEquals(liability, auth.getBoolean("liabilityShift"));
        assertEquals(flow, auth.getString("flow"));
        assertEquals(action, auth.getString("recommendedAction"));
        assertTrue(auth.isNull("nextAction"));
        assertEquals(card.substring(card.length() - 4), auth.getJsonObject("card").getString("last4"));
        // PCI truncation: BIN 8 only for 16-19 digit numbers, BIN 6 for the 14-15 digit Diners and Amex cards.
        assertEquals(card.substring(0, card.length() >= 16 ? 8 : 6), auth.getJsonObject("card").getString("bin"));
        assertEquals(transStatus.equals("Y") || transStatus.equals("A"), !auth.isNull("authenticationValue"));
        assertNotNull(auth.getJsonObject("authorization"), "worldline's Create Payment is the authorisation");
        assertEquals(transStatus.equals("N") || transStatus.equals("R") ? "DECLINED" : "AUTHORIZED",
                auth.getJsonObject("authorization").getString("status"));
        if (card.equals("4000000000055550")) {
            assertTrue(auth.getString("cardholderInfo").startsWith("Additional authentication is needed"));
        }

        Map<String, Object> row = Database.rows("SELECT * FROM authentication WHERE id = ?", auth.getString("id")).get(0);
        assertEquals(transStatus, row.get("trans_status"));
        assertEquals("COMPLETED", row.get("state"));
        assertEquals(merchant.id(), row.get("merchant_id"));
        assertEquals(64, ((String) row.get("card_fingerprint")).length());
        String stored = Database.everythingStoredFor(auth.getString("id"));
        assertFalse(stored.contains(card), "the card number is never stored");
        if (!auth.isNull("authenticationValue")) {
            assertFalse(stored.contains(auth.getString("authenticationValue")), "the CAVV is stored encrypted only");
        }
        assertEquals(List.of("authentication.requested", "authentication.completed"), auditTypes(auth.getString("id")));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ?",
                auth.getString("id")));
        assertEquals(1, Sandbox.callsFor("worldline", reference));
    }

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource({
            "4000000000002503, 1234,   Y, 05, true,  CHALLENGE, PROCEED",
            "4000000000002503, 9999,   N, 07, false, CHALLENGE, DO_NOT_PROCEED",
            "4000000000002503, CANCEL, U, 07, false, CHALLENGE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002370, 1234,   N, 07, false, CHALLENGE, DO_NOT_PROCEED",
            "4000000000002420, 1234,   U, 07, false, CHALLENGE, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4111111111111111, 1234,   Y, 05, true,  CHALLENGE, PROCEED",
            "4111111111111111, 0000,   N, 07, false, CHALLENGE, DO_NOT_PROCEED",
            "4000000000000002, 1234,   Y, 05, true,  THREEDS1,  PROCEED",
            "4000000000000002, 0000,   N, 07, false, THREEDS1,  DO_NOT_PROCEED",
            "5200000000052503, 1234,   Y, 02, true,  CHALLENGE, PROCEED"})
    void challenge(String card, String code, String transStatus, String eci, boolean liability, String flow,
                   String action) {
        JsonObject pending = createPending(card);
        URI landed = new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"),
                code.equals("CANCEL") ? null : code);
        assertEquals(RETURN_URL + "?authenticationId=" + pending.getString("id"), landed.toString());

        JsonObject done = Gateway.get("/api/v1/authentications/" + pending.getString("id"), merchant.key()).json();
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(transStatus, done.getString("transStatus"));
        assertEquals(eci, done.getString("eci"));
        assertEquals(liability, done.getBoolean("liabilityShift"));
        assertEquals(flow, done.getString("flow"));
        assertEquals(action, done.getString("recommendedAction"));
        assertTrue(done.isNull("nextAction"));
        if (flow.equals("THREEDS1") && transStatus.equals("Y")) {
            assertFalse(done.isNull("xid"));
        }
        assertEquals(List.of("authentication.requested", "authentication.browser_required", "browser.started",
                "authentication.challenge_completed"), auditTypes(pending.getString("id")));
        Map<String, Object> event = Database.rows("SELECT actor_role, details FROM audit_event WHERE authentication_id = ? "
                + "AND type = 'authentication.challenge_completed'", pending.getString("id")).get(0);
        assertTrue(((String) event.get("details")).contains("\"transStatus\":\"" + transStatus + "\""));
        assertNull(Database.rows("SELECT browser_token_enc FROM authentication WHERE id = ?", pending.getString("id"))
                .get(0).get("browser_token_enc"), "the hosted page token is gone once the authentication ends");
    }

    /** W5: no payment product for the brand, no call: never sent as Visa. */
    @Test
    void aBrandWithoutPaymentProductIsRefusedOnTheCardNumber() {
        String reference = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, "9000000000000001", RETURN_URL));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(List.of("card.number"), answer.json().getJsonArray("violations").stream()
                .map(violation -> violation.asJsonObject().getString("field")).toList());
        assertEquals(0, Sandbox.callsFor("worldline", reference));
    }

    @Test
    void challengeStartsPendingWithTheHostedPageAndTheRawStep() {
        JsonObject pending = createPending("4000000000002503");
        assertEquals("C", pending.getString("transStatus"));
        assertEquals("AWAIT_BROWSER", pending.getString("recommendedAction"));
        JsonObject next = pending.getJsonObject("nextAction");
        assertEquals("REDIRECT", next.getString("type"));
        assertTrue(next.getString("url").startsWith(Gateway.URL + "/3ds/" + pending.getString("id") + "/start?t="));
        JsonObject step = next.getJsonObject("browserAction");
        assertEquals("CHALLENGE", step.getString("purpose"));
        assertEquals("GET", step.getString("method"));
        assertEquals("TOP_WINDOW", step.getString("target"));
        assertTrue(step.getString("url").contains("/sandbox/worldline/3dsecure/"));
        assertTrue(pending.isNull("authorization"));
    }

    @Test
    void hostedPageSendsSecurityHeaders() {
        JsonObject pending = createPending("4000000000002503");
        Answer page = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors https://shop.example"), csp);
        assertTrue(csp.contains("form-action 'self' " + Sandbox.URL + " https:"), csp);
        assertTrue(csp.contains("script-src 'nonce-"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("no-store", page.header("Cache-Control"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
    }

    @Test
    void aForgedOrReusedTokenChangesNothing() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        String url = pending.getJsonObject("nextAction").getString("url");
        long refusals = refusals(id);
        assertEquals(400, Gateway.get(url.replaceAll("t=.*", "t=forged"), null).status());
        assertEquals(400, Gateway.get(Gateway.URL + "/3ds/" + id + "/start", null).status());
        assertEquals(200, Gateway.get(url, null).status());
        Answer reused = Gateway.get(url, null);
        assertEquals(400, reused.status());
        assertTrue(reused.body().contains("not available"));
        assertEquals(refusals + 3, refusals(id));
        assertEquals("PENDING_BROWSER", stateOf(id));
    }

    @Test
    void aForgedReturnChangesNothing() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        // The shopper goes through Worldline's pages; the test stops the browser where Worldline sends it back.
        String genuine = new Shopper(Gateway.URL + "/3ds/" + id + "/")
                .authenticate(pending.getJsonObject("nextAction").getString("url"), "1234").toString();
        assertTrue(Callbacks.isCallback(genuine.replaceAll("\\?.*", ""), id, "return"), genuine);
        Answer forged = Gateway.get(genuine.replaceAll("RETURNMAC=[^&]*", "RETURNMAC=" + UUID.randomUUID()), null);
        assertEquals(400, forged.status());
        Answer untagged = Gateway.get(genuine.replaceAll("/[0-9a-f]{32}/return", "/return"), null);
        assertEquals(400, untagged.status(), "the id and Worldline's RETURNMAC without the secret segment");
        Answer posted = Gateway.send(Gateway.request(Callbacks.baseIn(genuine, id) + "/challenge-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("cres=eyJ0cmFuc1N0YXR1cyI6IlkifQ")));
        assertEquals(400, posted.status());
        assertEquals(400, Gateway.get("/3ds/" + UUID.randomUUID() + "/return?RETURNMAC=x", null).status());
        assertEquals("PENDING_BROWSER", stateOf(id));
        assertEquals(3, refusals(id));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authentication.challenge_completed"));
        assertEquals(303, Gateway.get(genuine, null).status(), "the genuine return still completes it");
        assertEquals("COMPLETED", stateOf(id));
    }

    @Test
    void aReplayedReturnAfterCompletionChangesNothing() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        Gateway.Answer page = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        Answer acs = Shopper.submit(page, "1234");
        Answer sent = Shopper.submit(acs, "1234");
        assertEquals(303, sent.status());
        String back = sent.header("Location");
        Answer first = Gateway.get(back, null);
        assertEquals(303, first.status());
        assertEquals("Y", Gateway.get("/api/v1/authentications/" + id, merchant.key()).json().getString("transStatus"));
        Answer replayed = Gateway.get(back, null);
        assertEquals(200, replayed.status(), "the shopper back at the callback is told how it ended");
        assertTrue(replayed.body().contains("Payment verified"), replayed.body());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authentication.challenge_completed"));
    }

    @Test
    void authorizationReturnsWhatWorldlineAuthorisedWithTheAuthentication() {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", RETURN_URL));
        String id = created.json().getString("id");
        String key = UUID.randomUUID().toString();
        Answer authorized = authorize(id, key);
        assertEquals(201, authorized.status(), authorized.body());
        assertEquals("AUTHORIZED", authorized.json().getString("status"));
        assertEquals(created.json().getJsonObject("authorization").getString("providerTransactionId"),
                authorized.json().getString("providerTransactionId"));
        assertEquals(1000, authorized.json().getJsonObject("amount").getInt("value"));
        Answer replay = authorize(id, key);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(authorized.body(), replay.body());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authorization.returned"));
    }

    @Test
    void authorizationIsRefusedWhenNotToProceedOrNotFinished() {
        String rejected = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002537", RETURN_URL)).json().getString("id");
        Answer refused = authorize(rejected, UUID.randomUUID().toString());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("/problems/state-conflict", refused.json().getString("type"));
        assertEquals(409, authorize(createPending("4000000000002503").getString("id"), UUID.randomUUID().toString())
                .status());
        assertEquals(404, authorize(UUID.randomUUID().toString(), UUID.randomUUID().toString()).status());
    }

    private static Answer authorize(String id, String key) {
        return Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization", merchant.key())
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
    }

    private static JsonObject createPending(String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject pending = answer.json();
        assertEquals("PENDING_BROWSER", pending.getString("state"));
        return pending;
    }

    private static List<Object> auditTypes(String id) {
        return Database.rows("SELECT type FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id).stream()
                .map(row -> row.get("type")).toList();
    }

    private static long refusals(String id) {
        return Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?", id,
                "browser.refused");
    }

    private static String stateOf(String id) {
        return (String) Database.rows("SELECT state FROM authentication WHERE id = ?", id).get(0).get("state");
    }
}
