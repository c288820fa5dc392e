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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirteen 3-D Secure flows firstoken documents (PROVIDERS.md §3.5), one test each, plus the other
 * SANDBOX.md rows: setup, Cardinal's device data collection (its postMessage relayed the way the
 * hosted page's script relays it), enroll, step-up and validate, then payment.
 */
class FirstokenScenariosIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static Merchant merchant;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("firstoken");
    }

    @ParameterizedTest(name = "{0}: {1} answered {2}")
    @CsvSource(nullValues = "null", value = {
            "Successful Frictionless,           4000000000002701, 1234,   Y,    05, true,  FRICTIONLESS,   Y, PROCEED",
            "Unsuccessful Frictionless,         4000000000002925, 1234,   N,    07, false, FRICTIONLESS,   Y, DO_NOT_PROCEED",
            "Attempts Processing Frictionless,  4000000000002719, 1234,   A,    06, true,  FRICTIONLESS,   Y, PROCEED",
            "Unavailable Frictionless,          4000000000002313, 1234,   U,    07, false, FRICTIONLESS,   Y, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Rejected Frictionless,             4000000000002537, 1234,   R,    07, false, FRICTIONLESS,   Y, DO_NOT_PROCEED",
            "Authentication not available,      4000000000002990, 1234,   U,    07, false, NOT_APPLICABLE, U, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Enrollment check error,            4000000000002446, 1234,   U,    07, false, NOT_APPLICABLE, U, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Bypassed Authentication,           4000000000002560, 1234,   U,    07, false, NOT_APPLICABLE, B, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Successful Step-Up,                4000000000002503, 1234,   Y,    05, true,  CHALLENGE,      Y, PROCEED",
            "Unsuccessful Step-Up,              4000000000002370, 1234,   N,    07, false, CHALLENGE,      Y, DO_NOT_PROCEED",
            "Unavailable Step-Up,               4000000000002420, 1234,   U,    07, false, CHALLENGE,      Y, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Require Method URL,                4000100000000000, 1234,   Y,    05, true,  FRICTIONLESS,   Y, PROCEED",
            "Step-up wrong code,                4000000000002503, 9999,   N,    07, false, CHALLENGE,      Y, DO_NOT_PROCEED",
            "Step-up cancelled,                 4000000000002503, CANCEL, U,    07, false, CHALLENGE,      Y, PROCEED_WITHOUT_LIABILITY_SHIFT",
            "Seed card: method then challenge,  4111111111111111, 1234,   Y,    05, true,  CHALLENGE,      Y, PROCEED",
            "3-D Secure 1.0 card,               4000000000000002, 1234,   Y,    05, true,  THREEDS1,       Y, PROCEED",
            "Device step then frictionless,     4000000000010001, 1234,   Y,    05, true,  FRICTIONLESS,   Y, PROCEED",
            "Rejected with cardholder info,     4000000000055550, 1234,   R,    07, false, FRICTIONLESS,   Y, DO_NOT_PROCEED",
            "Mastercard success,                5200000000052701, 1234,   Y,    02, true,  FRICTIONLESS,   Y, PROCEED",
            "Mastercard step-up,                5200000000052503, 1234,   Y,    02, true,  CHALLENGE,      Y, PROCEED"})
    void flow(String name, String card, String code, String transStatus, String eci, boolean liability, String flow,
              String enrolled, String action) {
        JsonObject pending = createPending(card);
        String id = pending.getString("id");
        Answer afterDeviceData = collectDeviceData(pending).answer();
        URI landed = new Shopper(RETURN_URL).continueFrom(afterDeviceData, code.equals("CANCEL") ? null : code);
        assertEquals(RETURN_URL + "?authenticationId=" + id, landed.toString());

        JsonObject done = read(id);
        assertEquals("COMPLETED", done.getString("state"), name);
        assertEquals(transStatus, done.getString("transStatus"), name);
        assertEquals(eci, done.getString("eci"), name);
        assertEquals(liability, done.getBoolean("liabilityShift"), name);
        assertEquals(flow, done.getString("flow"), name);
        assertEquals(enrolled, done.getString("enrolled"), name);
        assertEquals(action, done.getString("recommendedAction"), name);
        if (liability) {
            assertFalse(done.isNull("authenticationValue"), name);
        }
        List<Object> types = auditTypes(id);
        assertEquals(List.of("authentication.requested", "authentication.browser_required", "browser.started"),
                types.subList(0, 3));
        assertEquals("authentication.challenge_completed", types.get(types.size() - 1));
        assertEquals(action.equals("DO_NOT_PROCEED") ? 0 : 1, heldRequests(id),
                "the request is held only while it may still be authorised");
        assertFalse(Database.everythingStoredFor(id).contains(card));
    }

    @Test
    void requireMethodUrlWithoutDeviceDataIsSteppedUp() {
        JsonObject pending = createPending("4000100000000000");
        Answer hosted = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        Answer timedOut = relay(Callbacks.baseIn(hosted.body(), pending.getString("id")), "timeout=true");
        assertEquals(200, timedOut.status(), timedOut.body());
        JsonObject waiting = read(pending.getString("id"));
        assertEquals("PENDING_BROWSER", waiting.getString("state"));
        assertEquals("C", waiting.getString("transStatus"), "no device data before enroll: Cardinal asks for a step-up");
    }

    @Test
    void paymentAfterSuccessSendsTheAuthenticationData() {
        JsonObject pending = createPending("4000000000002503");
        new Shopper(RETURN_URL).continueFrom(collectDeviceData(pending).answer(), "1234");
        String id = pending.getString("id");
        Answer authorized = Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization",
                merchant.key()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
        assertEquals(201, authorized.status(), authorized.body());
        assertEquals("AUTHORIZED", authorized.json().getString("status"));
        assertEquals("00", authorized.json().getString("responseCode"));
        assertNotNull(authorized.json().getString("approvalCode"));
        assertEquals(0, heldRequests(id));
    }

    /**
     * What reaches Firstoken: 1000 cents of EUR as "10.00" at enroll and payment (F2), the phone also as
     * buyer_info.mobile_phone (F5), on the seed's relative paths under the /v1 base URL (F4).
     */
    @Test
    void majorUnitsAndTheMobilePhoneOnTheSeedsPaths() {
        JsonObject pending = createPending("4000000000002701");
        String id = pending.getString("id");
        collectDeviceData(pending);
        assertEquals("COMPLETED", read(id).getString("state"));
        assertEquals(201, authorize(id).status());

        JsonObject enroll = requestSent(id, "enroll");
        JsonObject amount = enroll.getJsonObject("order_info").getJsonObject("amount_details");
        assertEquals("10.00", amount.getString("total_amount"));
        assertEquals("EUR", amount.getString("currency"));
        // The phone went out in both places; the evidence keeps that it did, not the number (allowlist).
        assertEquals("[withheld]", enroll.getJsonObject("buyer_info").getString("mobile_phone"));
        assertEquals("[withheld]", enroll.getJsonObject("bill_to").getString("phone_number"));
        assertEquals("10.00", requestSent(id, "payment").getJsonObject("order_info").getJsonObject("amount_details")
                .getString("total_amount"));
        assertEquals(List.of("/sandbox/firstoken/v1/risk/authentication/setup",
                "/sandbox/firstoken/v1/risk/authentication/enroll", "/sandbox/firstoken/v1/payments"), pathsCalled(id));
    }

    @Test
    void aForgedStepUpReturnChangesNothing() {
        JsonObject pending = createPending("4000000000002503");
        String id = pending.getString("id");
        String callbacks = collectDeviceData(pending).callbacks();
        assertEquals("C", read(id).getString("transStatus"));
        for (String base : List.of(callbacks, Gateway.URL + "/3ds/" + id)) {
            Answer forged = Gateway.send(Gateway.request(base + "/challenge-complete", null)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("TransactionId=forged&MD=" + id)));
            assertEquals(400, forged.status(), "with the secret segment and without");
        }
        assertEquals("PENDING_BROWSER", read(id).getString("state"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM provider_call WHERE authentication_id = ? AND operation = ?",
                id, "validate"));
    }

    @Test
    void timeOutFlowIsTheGatewaysOwnTimeout() {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002354", RETURN_URL));
        assertEquals(504, answer.status(), answer.body());
        assertEquals("/problems/provider-timeout", answer.json().getString("type"));
        String id = answer.json().getString("authenticationId");
        JsonObject failed = read(id);
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("E", failed.getString("transStatus"));
        assertEquals(0, heldRequests(id));
    }

    /** What the device data step left: the gateway's answer to the relay, and the callbacks' base. */
    private record DeviceData(Answer answer, String callbacks) {
    }

    /** The device data step as the hosted page runs it: post the JWT to Cardinal, relay its message. */
    private static DeviceData collectDeviceData(JsonObject pending) {
        Answer hosted = Gateway.get(pending.getJsonObject("nextAction").getString("url"), null);
        String callbacks = Callbacks.baseIn(hosted.body(), pending.getString("id"));
        Element form = Jsoup.parse(hosted.body(), hosted.response().uri().toString()).selectFirst("form#step");
        String jwt = form.selectFirst("input[name=JWT]").attr("value");
        String body = form.select("input[type=hidden]").stream()
                .map(i -> enc(i.attr("name")) + "=" + enc(i.attr("value"))).collect(Collectors.joining("&"));
        Answer ddc = Gateway.send(Gateway.request(form.absUrl("action"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, ddc.status(), ddc.body());
        assertTrue(ddc.body().contains("profile.completed"), "Cardinal's page posts profile.completed to its parent");
        String message = "{\"MessageType\":\"profile.completed\",\"SessionId\":\"" + referenceId(jwt)
                + "\",\"Status\":true}";
        return new DeviceData(relay(callbacks, "message=" + enc(message)), callbacks);
    }

    private static Answer relay(String callbacks, String form) {
        return Gateway.send(Gateway.request(callbacks + "/method-complete", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String referenceId(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().getString("ReferenceId");
        }
    }

    private static JsonObject createPending(String card) {
        Answer answer = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, RETURN_URL));
        assertEquals(201, answer.status(), answer.body());
        JsonObject pending = answer.json();
        assertEquals("PENDING_BROWSER", pending.getString("state"));
        assertEquals("DEVICE_DATA", pending.getJsonObject("nextAction").getJsonObject("browserAction")
                .getString("purpose"));
        return pending;
    }

    private static Answer authorize(String id) {
        return Gateway.send(Gateway.request("/api/v1/authentications/" + id + "/authorization", merchant.key())
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"capture\": true}")));
    }

    /** The request body of a provider call as the gateway kept it (card number cut to BIN and last 4). */
    private static JsonObject requestSent(String id, String operation) {
        String body = (String) Database.rows("SELECT request_body FROM provider_call WHERE authentication_id = ? "
                + "AND operation = ?", id, operation).get(0).get("request_body");
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The paths of the simulator's calls for one authentication (its reference_code), oldest first. */
    private static List<String> pathsCalled(String id) {
        List<String> newestFirst = Sandbox.calls("firstoken")
                .filter(call -> id.equals(call.getString("merchantReference", null)))
                .map(call -> call.getString("path")).collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static JsonObject read(String id) {
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    private static long heldRequests(String id) {
        return Database.count("SELECT COUNT(*) FROM held_request WHERE authentication_id = ?", id);
    }

    private static List<Object> auditTypes(String id) {
        return Database.rows("SELECT type FROM audit_event WHERE authentication_id = ? ORDER BY sequence", id).stream()
                .map(row -> row.get("type")).toList();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
