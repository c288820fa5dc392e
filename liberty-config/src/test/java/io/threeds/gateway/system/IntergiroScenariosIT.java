package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every SANDBOX.md row through intergiro: "verification required" steps run on the hosted page (3DS
 * Method, challenge, 3DS 1.0, antifraud), each callback re-POSTed with the cycle id, as many rounds as
 * Intergiro asks, until it authorises or refuses.
 */
class IntergiroScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("intergiro");
    }

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "4000000000002701, 1234,   Y, null, false, FRICTIONLESS,   INFERRED,        PROCEED,                         AUTHORIZED",
            "4000100000000000, 1234,   Y, null, false, FRICTIONLESS,   INFERRED,        PROCEED,                         AUTHORIZED",
            "4000000000010001, 1234,   Y, null, false, FRICTIONLESS,   INFERRED,        PROCEED,                         AUTHORIZED",
            "4000000000002719, 1234,   A, null, true,  CHALLENGE,      BROWSER_MESSAGE, PROCEED,                         AUTHORIZED",
            "4000000000002925, 1234,   N, 07,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "4000000000002313, 1234,   U, 07,   false, CHALLENGE,      BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED",
            "4000000000002537, 1234,   R, 07,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "4000000000055550, 1234,   R, 07,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "4000000000002503, 1234,   Y, null, true,  CHALLENGE,      BROWSER_MESSAGE, PROCEED,                         AUTHORIZED",
            "4000000000002503, 9999,   N, 07,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "4000000000002503, CANCEL, U, 07,   false, CHALLENGE,      BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED",
            "4111111111111111, 1234,   Y, null, true,  CHALLENGE,      BROWSER_MESSAGE, PROCEED,                         AUTHORIZED",
            "4000000000002370, 1234,   N, 07,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "4000000000002420, 1234,   U, 07,   false, CHALLENGE,      BROWSER_MESSAGE, PROCEED_WITHOUT_LIABILITY_SHIFT, DECLINED",
            "4000000000000002, 1234,   Y, 05,   true,  THREEDS1,       BROWSER_MESSAGE, PROCEED,                         AUTHORIZED",
            "4000000000000002, 0000,   N, 07,   false, THREEDS1,       BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED",
            "5200000000052503, 1234,   Y, null, true,  CHALLENGE,      BROWSER_MESSAGE, PROCEED,                         AUTHORIZED",
            "5200000000052925, 1234,   N, 00,   false, CHALLENGE,      BROWSER_MESSAGE, DO_NOT_PROCEED,                  DECLINED"})
    void throughTheBrowserSteps(String card, String code, String transStatus, String eci, boolean liability,
                                String flow, String source, String action, String authorization) {
        JsonObject pending = createPending(card);
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
    void aMethodThatNeverNotifiesGoesOnAfterItsBudget() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        Answer hosted = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        Element timeout = Jsoup.parse(hosted.body(), hosted.response().uri().toString()).selectFirst("form#timeout");
        assertEquals(Gateway.URL + "/3ds/" + id + "/method-complete", timeout.absUrl("action"));
        assertTrue(hosted.body().contains("setTimeout"), "the hosted page keeps the method's 10-second budget");
        Answer next = Gateway.send(Gateway.request(timeout.absUrl("action"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeout=true")));
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
        Answer forged = Gateway.send(Gateway.request("/3ds/" + id + "/method-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "threeDSMethodData=eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6ImZvcmdlZCJ9")));
        assertEquals(400, forged.status());
        Answer garbage = Gateway.send(Gateway.request("/3ds/" + id + "/challenge-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("cres=%%%")));
        assertEquals(400, garbage.status());
        assertEquals("PENDING_BROWSER", read(id).getString("state"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ?", id),
                "nothing was re-POSTed");
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
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
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        assertEquals("PENDING_BROWSER", answer.json().getString("state"), answer.body());
        return answer.json();
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
