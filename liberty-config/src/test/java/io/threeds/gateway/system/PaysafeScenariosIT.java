package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every SANDBOX.md row through paysafe, in 3-D Secure 1.0.2 terms: enrollment check, the ACS page
 * (which for the "frictionless" rows authenticates without asking), PaRes validation, then the Card
 * Payments authorisation with the held card.
 */
class PaysafeScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("paysafe");
    }

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource({
            "4000000000002701, 1234,   Y, 05, true,  PROCEED",
            "4000000000002719, 1234,   A, 06, true,  PROCEED",
            "4000000000002925, 1234,   N, 07, false, DO_NOT_PROCEED",
            "4000000000002313, 1234,   U, 07, false, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002537, 1234,   N, 07, false, DO_NOT_PROCEED",
            "4000000000055550, 1234,   N, 07, false, DO_NOT_PROCEED",
            "4000000000002503, 1234,   Y, 05, true,  PROCEED",
            "4000000000002503, 9999,   N, 07, false, DO_NOT_PROCEED",
            "4000000000002503, CANCEL, U, 07, false, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4000000000002370, 1234,   N, 07, false, DO_NOT_PROCEED",
            "4000000000002420, 1234,   U, 07, false, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "4111111111111111, 1234,   Y, 05, true,  PROCEED",
            "4000000000000002, 1234,   Y, 05, true,  PROCEED",
            "4000000000000002, 0000,   N, 07, false, DO_NOT_PROCEED",
            "4000100000000000, 1234,   Y, 05, true,  PROCEED",
            "4000000000010001, 1234,   Y, 05, true,  PROCEED",
            "4012000033330026, 1234,   Y, 05, true,  PROCEED",
            "5200000000052701, 1234,   Y, 02, true,  PROCEED",
            "5200000000052503, 1234,   Y, 02, true,  PROCEED",
            "5200000000052925, 1234,   N, 00, false, DO_NOT_PROCEED"})
    void throughTheAcs(String card, String code, String transStatus, String eci, boolean liability, String action) {
        JsonObject pending = createPending(card);
        JsonObject step = pending.getJsonObject("nextAction").getJsonObject("browserAction");
        assertEquals("POST", step.getString("method"));
        assertEquals(pending.getString("id"), step.getJsonObject("fields").getString("MD"));
        assertTrue(Callbacks.isCallback(step.getJsonObject("fields").getString("TermUrl"), pending.getString("id"),
                "challenge-complete"), step.toString());
        URI landed = new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"),
                code.equals("CANCEL") ? null : code);
        assertEquals(RETURN_URL + "?authenticationId=" + pending.getString("id"), landed.toString());

        JsonObject done = read(pending.getString("id"));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(transStatus, done.getString("transStatus"));
        assertEquals(eci, done.getString("eci"));
        assertEquals(liability, done.getBoolean("liabilityShift"));
        assertEquals("THREEDS1", done.getString("flow"));
        assertEquals("1.0.2", done.getString("threeDSVersion"));
        assertEquals(action, done.getString("recommendedAction"));
        assertEquals("Y", done.getString("enrolled"));
        assertEquals("Y", done.getString("signatureVerification"));
        assertTrue(done.isNull("authorization"), "paysafe authorises in a separate step");
        if (liability) {
            assertFalse(done.isNull("authenticationValue"));
            assertFalse(done.isNull("xid"));
        }
        assertEquals(List.of("authentication.requested", "authentication.browser_required", "browser.started",
                "authentication.challenge_completed"), auditTypes(pending.getString("id")));
        assertEquals(action.equals("DO_NOT_PROCEED") ? 0 : 1, heldCards(pending.getString("id")),
                "the card is held only while it may still be authorised");
        assertFalse(Database.everythingStoredFor(pending.getString("id")).contains(card));
    }

    @ParameterizedTest(name = "{0} -> enrolled {1}")
    @CsvSource({"4000000000002446, U", "4000000000002990, U", "4000000000002560, N"})
    void notEnrolledCardsHaveNoThreeDSecure(String card, String enrolled) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject auth = answer.json();
        assertEquals("COMPLETED", auth.getString("state"));
        assertEquals("U", auth.getString("transStatus"));
        assertEquals(enrolled, auth.getString("enrolled"));
        assertEquals("07", auth.getString("eci"));
        assertEquals("NOT_APPLICABLE", auth.getString("flow"));
        assertFalse(auth.getBoolean("liabilityShift"));
        assertEquals("PROCEED_WITHOUT_LIABILITY_SHIFT", auth.getString("recommendedAction"));
        assertTrue(auth.isNull("nextAction"));
    }

    @Test
    void authorizationUsesTheHeldCardOnceAndDeletesIt() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"), "1234");
        assertEquals(1, heldCards(id));
        String held = (String) Database.rows("SELECT request_enc FROM held_request WHERE authentication_id = ?", id).get(0)
                .get("request_enc");
        assertTrue(held.startsWith("v2:") && !held.contains("2503"), "held only encrypted");

        String key = UUID.randomUUID().toString();
        Answer authorized = authorize(id, key);
        assertEquals(201, authorized.status(), authorized.body());
        assertEquals("AUTHORIZED", authorized.json().getString("status"));
        assertEquals(6, authorized.json().getString("approvalCode").length());
        assertNotNull(authorized.json().getString("providerTransactionId"));
        assertEquals(0, heldCards(id), "the card is deleted once the authorisation is done");
        assertEquals("AUTHORIZED", read(id).getJsonObject("authorization").getString("status"));
        assertEquals(authorized.body(), authorize(id, key).body(), "an idempotent replay");
        Answer again = authorize(id, UUID.randomUUID().toString());
        assertEquals(201, again.status(), "a second authorisation returns the first, it does not pay twice");
        assertEquals(authorized.json().getString("providerTransactionId"),
                again.json().getString("providerTransactionId"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ? AND operation = ?",
                id, "authorize"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "authorization.completed"));
    }

    @Test
    void aFailedAuthenticationMayNotBeAuthorised() {
        JsonObject pending = createPending("4000000000002370");
        new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"), "1234");
        Answer refused = authorize(pending.getString("id"), UUID.randomUUID().toString());
        assertEquals(409, refused.status(), refused.body());
        assertEquals("/problems/state-conflict", refused.json().getString("type"));
    }

    @Test
    void aTamperedPaResIsNoLiabilityShiftAndDoNotProceed() throws Exception {
        JsonObject pending = createPending("4000000000002925");
        Answer hosted = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        Answer acs = Shopper.submit(hosted, null);
        Element form = Jsoup.parse(acs.body(), acs.response().uri().toString()).selectFirst("form");
        String paRes = form.selectFirst("input[name=PaRes]").attr("value");
        String forged = deflate(inflate(paRes).replace("<status>N</status>", "<status>Y</status>"));
        Answer back = Gateway.send(Gateway.request(form.absUrl("action"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PaRes=" + java.net.URLEncoder.encode(forged,
                        StandardCharsets.UTF_8) + "&MD=" + pending.getString("id"))));
        assertEquals(200, back.status(), back.body());
        assertTrue(back.body().contains("target=\"_parent\""), "the ACS' frame moves the hosted page on");
        JsonObject done = read(pending.getString("id"));
        assertEquals("N", done.getString("signatureVerification"));
        assertFalse(done.getBoolean("liabilityShift"));
        assertEquals("DO_NOT_PROCEED", done.getString("recommendedAction"));
        assertEquals(0, heldCards(pending.getString("id")));
    }

    @Test
    void aPaResForAnotherAuthenticationIsRefused() {
        JsonObject pending = createPending("4000000000002701");
        String termUrl = pending.getJsonObject("nextAction").getJsonObject("browserAction").getJsonObject("fields")
                .getString("TermUrl");
        Answer forged = Gateway.send(Gateway.request(termUrl, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("PaRes=eJzz&MD=" + UUID.randomUUID())));
        assertEquals(400, forged.status());
        assertEquals("PENDING_BROWSER", read(pending.getString("id")).getString("state"));
    }

    @Test
    void theSimulatorRefusesAReplayedMerchantRefNum() {
        String body = "{\"merchantRefNum\": \"replay-" + UUID.randomUUID() + "\", \"paRes\": \"eJzz\"}";
        String basic = "Basic " + Base64.getEncoder().encodeToString("sandbox-user:sandbox-password"
                .getBytes(StandardCharsets.UTF_8));
        JsonObject enrollment = Gateway.send(Gateway.request(
                Sandbox.URL + "/sandbox/paysafe/threedsecure/v1/accounts/89987201/enrollmentchecks", null)
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"merchantRefNum\": \"e-" + UUID.randomUUID()
                        + "\", \"amount\": 1000, \"currency\": \"EUR\", \"card\": {\"cardNum\": \"4000000000002701\", "
                        + "\"cardExpiry\": {\"month\": 12, \"year\": 2030}}, \"customerIp\": \"192.0.2.1\", "
                        + "\"userAgent\": \"x\", \"acceptHeader\": \"text/html\", \"merchantUrl\": \"https://m.example\"}")))
                .json();
        String path = Sandbox.URL + "/sandbox/paysafe/threedsecure/v1/accounts/89987201/enrollmentchecks/" + enrollment.getString("id")
                + "/authentications";
        Gateway.send(Gateway.request(path, null).header("Authorization", basic).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        Answer replay = Gateway.send(Gateway.request(path, null).header("Authorization", basic).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(409, replay.status(), replay.body());
    }

    @Test
    void aSlowEnrollmentCheckTimesOutOnce() {
        String reference = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, "4000000000002354", RETURN_URL));
        assertEquals(504, answer.status(), answer.body());
        String id = answer.json().getString("authenticationId");
        assertEquals("FAILED", read(id).getString("state"));
        assertEquals(0, heldCards(id), "a failed authentication holds no card");
    }

    private static JsonObject createPending(String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject pending = answer.json();
        assertEquals("PENDING_BROWSER", pending.getString("state"), answer.body());
        assertEquals("C", pending.getString("transStatus"));
        return pending;
    }

    private static JsonObject read(String id) {
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    private static Answer authorize(String id, String key) {
        return Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization", merchant.key())
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
    }

    private static long heldCards(String id) {
        return Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id);
    }

    private static List<Object> auditTypes(String id) {
        return Database.rows("SELECT type FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id).stream()
                .map(row -> row.get("type")).toList();
    }

    private static String inflate(String base64) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(Base64.getDecoder().decode(base64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String deflate(String xml) {
        Deflater deflater = new Deflater();
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
