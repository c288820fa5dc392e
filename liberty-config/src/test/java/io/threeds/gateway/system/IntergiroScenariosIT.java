package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SANDBOX.md row through intergiro, with and without a security code: "verification required" steps
 * run on the hosted page (3DS Method, challenge, 3DS 1.0, antifraud), each callback re-POSTed with every
 * field of the previous call and the cycle id, as many rounds as Intergiro asks, until it authorises or
 * refuses.
 */
class IntergiroScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("intergiro");
    }

    /** Every SANDBOX.md row with a browser step: card, code, then what the authentication shows. */
    private static final String ROWS = """
            4000000000002701, 1234,   Y, null, false, FRICTIONLESS, INFERRED,        PROCEED,                         AUTHORIZED
            4000100000000000, 1234,   Y, null, false, FRICTIONLESS, INFERRED,        PROCEED,                         AUTHORIZED
            4000000000010001, 1234,   Y, null, false, FRICTIONLESS, INFERRED,        PROCEED,                         AUTHORIZED
            4000000000002719, 1234,   A, null, true,  CHALLENGE,    BROWSER_MESSAGE, PROCEED,                         AUTHORIZED
            4000000000002925, 1234,   N, 07,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            4000000000002313, 1234,   U, 07,   false, CHALLENGE,    BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED
            4000000000002537, 1234,   R, 07,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            4000000000055550, 1234,   R, 07,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            4000000000002503, 1234,   Y, null, true,  CHALLENGE,    BROWSER_MESSAGE, PROCEED,                         AUTHORIZED
            4000000000002503, 9999,   N, 07,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            4000000000002503, CANCEL, U, 07,   false, CHALLENGE,    BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED
            4111111111111111, 1234,   Y, null, true,  CHALLENGE,    BROWSER_MESSAGE, PROCEED,                         AUTHORIZED
            4000000000002370, 1234,   N, 07,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            4000000000002420, 1234,   U, 07,   false, CHALLENGE,    BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED
            4000000000000002, 1234,   Y, null, false, THREEDS1,     INFERRED,        PROCEED,                         AUTHORIZED
            4000000000000002, 0000,   E, 07,   false, THREEDS1,     PROVIDER_API,    DO_NOT_PROCEED,                  DECLINED
            5200000000052503, 1234,   Y, null, true,  CHALLENGE,    BROWSER_MESSAGE, PROCEED,                         AUTHORIZED
            5200000000052925, 1234,   N, 00,   false, CHALLENGE,    BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED
            """;

    /**
     * Each row with the card's security code and without it, since it is optional (API.md §2). The 3DS 1.0
     * rows are inferred: the PaRes is Intergiro's to read, and its 201 carries no ECI; a failure is E.
     */
    static Stream<Arguments> rows() {
        return ROWS.lines().map(line -> line.split(",\\s*")).flatMap(row -> Stream.of(true, false)
                .map(securityCode -> Arguments.of(row[0], row[1], row[2], row[3].equals("null") ? null : row[3],
                        Boolean.parseBoolean(row[4]), row[5], row[6], row[7], row[8].strip(), securityCode)));
    }

    @ParameterizedTest(name = "{0} answered {1} -> {2}, security code {9}")
    @MethodSource("rows")
    void throughTheBrowserSteps(String card, String code, String transStatus, String eci, boolean liability,
                                String flow, String source, String action, String authorization, boolean securityCode) {
        String request = Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL);
        JsonObject pending = pendingFor(securityCode ? request : withoutSecurityCode(request));
        URI landed = new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"),
                code.equals("CANCEL") ? null : code);
        assertEquals(RETURN_URL + "?authenticationId=" + pending.getString("id"), landed.toString());

        JsonObject done = read(pending.getString("id"));
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals(transStatus, done.getString("transStatus"));
        assertEquals(eci, done.isNull("eci") ? null : done.getString("eci"));
        assertEquals(liability, done.getBoolean("liabilityShift"));
        assertEquals(flow, done.getString("flow"));
        assertEquals(action, done.getString("recommendedAction"));
        assertEquals(authorization, done.getJsonObject("authorization").getString("status"));
        assertEquals(source, Database.rows("SELECT status_source FROM authentication WHERE id = ?",
                pending.getString("id")).get(0).get("status_source"), "where the result came from is recorded");
        assertEquals(0, heldCards(pending.getString("id")), "the card held for the re-POSTs is gone at the end");
        assertFalse(Database.everythingStoredFor(pending.getString("id")).contains(card));
        List<Object> types = auditTypes(pending.getString("id"));
        assertEquals("authentication.requested", types.get(0));
        assertEquals("authentication.challenge_completed", types.get(types.size() - 1));
        assertEquals(1, types.stream().filter("authentication.challenge_completed"::equals).count());
        for (JsonObject sent : sentBodies(pending.getString("id"))) {
            assertTrue(sent.containsKey("browser"), "every round repeats the browser (001:92): " + sent);
            JsonValue sentCard = sent.get("card");
            if (sentCard instanceof JsonObject object && object.containsKey("pan")) {
                assertEquals(securityCode, object.containsKey("csc"), "csc only when given: " + sent);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4000000000002446", "4000000000002990", "4000000000002560"})
    void authorisedAtOnceIsNotApplicable(String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject auth = answer.json();
        assertEquals("COMPLETED", auth.getString("state"));
        assertEquals("U", auth.getString("transStatus"));
        assertEquals("NOT_APPLICABLE", auth.getString("flow"));
        assertEquals("PROCEED_WITHOUT_LIABILITY_SHIFT", auth.getString("recommendedAction"));
        assertEquals("AUTHORIZED", auth.getJsonObject("authorization").getString("status"));
        assertEquals(0, heldCards(auth.getString("id")));
    }

    @Test
    void methodThenChallengeIsOneRecordWithOneTrail() {
        JsonObject pending = createPending("4111111111111111");
        assertTrue(pending.isNull("transStatus"), "a device step is no result yet");
        assertEquals("METHOD", pending.getJsonObject("nextAction").getJsonObject("browserAction").getString("purpose"));
        assertEquals(1, heldCards(pending.getString("id")), "held for the re-POSTs");
        new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"), "1234");
        assertEquals(List.of("authentication.requested", "authentication.browser_required", "browser.started",
                "authentication.browser_step", "browser.started", "authentication.challenge_completed"),
                auditTypes(pending.getString("id")));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authentication WHERE id = ?", pending.getString("id")));
        assertEquals(3, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ?",
                pending.getString("id")), "the first POST and one re-POST per browser step");
    }

    @Test
    void theAntifraudTokenIsTheCardOfEveryLaterRound() {
        JsonObject pending = createPending("4000000000010001");
        assertEquals("ANTIFRAUD", pending.getJsonObject("nextAction").getJsonObject("browserAction").getString("purpose"));
        new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"), null);
        assertEquals("Y", read(pending.getString("id")).getString("transStatus"));
        List<JsonObject> sent = sentBodies(pending.getString("id"));
        assertEquals(3, sent.size(), "the first POST, the antifraud re-POST, the method re-POST");
        assertEquals("40000000****0001", sent.get(0).getJsonObject("card").getString("pan"));
        assertEquals(Json.createValue("[withheld]"), sent.get(1).get("card"), "001:322: the token is the card");
        JsonObject later = sent.get(2).getJsonObject("card");
        assertEquals("[withheld]", later.getString("token"), "001:317-323: still the token, not the card number");
        assertEquals("method", later.getJsonObject("verification").getString("type"));
        assertEquals(sent.get(1).getString("id"), sent.get(2).getString("id"));
    }

    @Test
    void aThreeDS1PaResIsRelayedUnreadAndNotKept() {
        JsonObject pending = createPending("4000000000000002");
        new Shopper(RETURN_URL).authenticate(pending.getJsonObject("nextAction").getString("url"), "1234");
        JsonObject verification = sentBodies(pending.getString("id")).get(1).getJsonObject("card")
                .getJsonObject("verification");
        assertEquals(Json.createObjectBuilder().add("type", "pares").add("data", "[withheld]").build(), verification,
                "the PaRes reached the simulator, which accepted it; its CAVV is not kept in the evidence");
        assertEquals("Y", read(pending.getString("id")).getString("transStatus"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"4000000000002719, HIDDEN_IFRAME", "4000000000002925, HIDDEN_IFRAME", "4000000000002503, VISIBLE_IFRAME"})
    void aChallengeRunsInTheFrameDetailsVisibleAsksFor(String card, String target) {
        JsonObject pending = createPending(card);
        String id = pending.getString("id");
        Answer next = afterTheMethodBudget(Gateway.get(pending.getJsonObject("nextAction").getString("url"), null));
        assertEquals(200, next.status(), next.body());
        JsonObject action = read(id).getJsonObject("nextAction").getJsonObject("browserAction");
        assertEquals("CHALLENGE", action.getString("purpose"));
        assertEquals(target, action.getString("target"), "001:7, 9: a challenge without interaction is hidden");
    }

    @Test
    void aMethodThatNeverNotifiesGoesOnAfterItsBudget() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        Answer hosted = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        Element timeout = Jsoup.parse(hosted.body(), hosted.response().uri().toString()).selectFirst("form#timeout");
        assertTrue(Callbacks.isCallback(timeout.absUrl("action"), id, "method-complete"), timeout.absUrl("action"));
        assertTrue(hosted.body().contains("setTimeout"), "the hosted page keeps the method's 10-second budget");
        Answer next = afterTheMethodBudget(hosted);
        assertEquals(200, next.status(), next.body());
        Element onward = Jsoup.parse(next.body(), next.response().uri().toString()).selectFirst("form");
        assertEquals("_parent", onward.attr("target"), "the answer lands in the method iframe and moves the page");
        assertTrue(onward.absUrl("action").startsWith(Gateway.URL + "/3ds/" + id + "/start"));
        JsonObject waiting = read(id);
        assertEquals("PENDING_BROWSER", waiting.getString("state"));
        assertEquals("C", waiting.getString("transStatus"));
        assertEquals("CHALLENGE", waiting.getJsonObject("nextAction").getJsonObject("browserAction").getString("purpose"));
    }

    @Test
    void forgedCallbacksAreRefusedAndChangeNothing() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        String callbacks = Callbacks.baseIn(Gateway.get(pending.getJsonObject("nextAction").getString("url"), null)
                .body(), id);
        String methodData = "threeDSMethodData=eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6ImZvcmdlZCJ9";
        Answer forged = Gateway.send(Gateway.request(callbacks + "/method-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(methodData)));
        assertEquals(400, forged.status());
        Answer garbage = Gateway.send(Gateway.request(callbacks + "/challenge-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("cres=%%%")));
        assertEquals(400, garbage.status());
        Answer untagged = Gateway.send(Gateway.request("/3ds/" + id + "/method-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(methodData)));
        assertEquals(400, untagged.status(), "knowing the id is not enough: the callback's secret segment is missing");
        assertEquals("PENDING_BROWSER", read(id).getString("state"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ?", id),
                "nothing was re-POSTed");
        assertEquals(3, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "browser.refused"));
    }

    @Test
    void aSlowProviderTimesOutOnceAndHoldsNoCard() {
        String reference = Gateway.reference();
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, "4000000000002354", RETURN_URL));
        assertEquals(504, answer.status(), answer.body());
        assertEquals(1, Sandbox.callsFor("intergiro", reference));
        assertEquals(0, heldCards(answer.json().getString("authenticationId")));
    }

    private static JsonObject createPending(String card) {
        return pendingFor(Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
    }

    private static JsonObject pendingFor(String request) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(), request);
        assertEquals(201, answer.status(), answer.body());
        assertEquals("PENDING_BROWSER", answer.json().getString("state"), answer.body());
        return answer.json();
    }

    /** Reports the hosted page's method step as having run out of time, as the page's timer would. */
    private static Answer afterTheMethodBudget(Answer hosted) {
        Element timeout = Jsoup.parse(hosted.body(), hosted.response().uri().toString()).selectFirst("form#timeout");
        return Gateway.send(Gateway.request(timeout.absUrl("action"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeout=true")));
    }

    /** The merchant's request without {@code card.securityCode}. */
    private static String withoutSecurityCode(String request) {
        JsonObject json = Json.createReader(new StringReader(request)).readObject();
        return Json.createObjectBuilder(json).add("card", Json.createObjectBuilder(json.getJsonObject("card"))
                .remove("securityCode")).build().toString();
    }

    /** What the gateway sent intergiro for an authentication, as kept for evidence, oldest first. */
    private static List<JsonObject> sentBodies(String id) {
        return Database.rows("SELECT request_body FROM provider_call WHERE authentication_id = ? ORDER BY at", id)
                .stream().map(row -> Json.createReader(new StringReader((String) row.get("request_body"))).readObject())
                .toList();
    }

    private static JsonObject read(String id) {
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    private static long heldCards(String id) {
        return Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id);
    }

    private static List<Object> auditTypes(String id) {
        return Database.rows("SELECT type FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id).stream()
                .map(row -> row.get("type")).toList();
    }
}
