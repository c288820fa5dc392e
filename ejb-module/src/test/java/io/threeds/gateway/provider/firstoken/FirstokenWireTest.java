package io.threeds.gateway.provider.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.Customer;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The firstoken mapping fed with the seed's own examples (seeds/002: setup, Rejected Frictionless, payment). */
class FirstokenWireTest {
    private static final Card CARD = new Card("4000000000002537", 1, 2027, "John Doe", null);
    private static final String SEED_REFERENCE = "d47f5455-0282-46c7-b1fc-eaf7ac0d85bf";

    @Test
    void setupGivesTheDeviceDataCollectionInAHiddenIframeThatRelaysItsMessage() {
        ProviderResult step = FirstokenWire.deviceDataCollection(answer(json("setup-response.json")), CARD);
        assertEquals("DEVICE_DATA", step.browserAction().purpose());
        assertEquals("HIDDEN_IFRAME", step.browserAction().target());
        assertTrue(step.browserAction().relayMessages());
        assertEquals(10_000, step.browserAction().timeoutMs());
        assertTrue(step.browserAction().fields().get("JWT").startsWith("eyJ"));
        assertEquals("46ab9269-b3af-489a-b896-5a604788c12a", step.refs().get(FirstokenWire.REFERENCE_ID));
        assertEquals("0001713184422626195536", step.refs().get("setup_transaction_id"), "G-F2: camelCase transactionId");
        assertNull(step.result().transStatus());
    }

    @Test
    void theSeedsRejectedFrictionlessIsRWithoutLiability() {
        ProviderResult done = FirstokenWire.enrolled(answer(json("enroll-rejected-response.json")),
                Map.of(FirstokenWire.REFERENCE_ID, "r", FirstokenWire.STEP, FirstokenWire.DEVICE_DATA), "a1", "VISA");
        ThreeDSResult result = done.result();
        assertEquals(TransStatus.R, result.transStatus(), "decided on pares_status, not on the envelope's success");
        assertEquals("01", result.transStatusReason());
        assertEquals("07", result.eci());
        assertEquals("Y", result.enrolled());
        assertEquals("2.2.0", result.threeDSVersion());
        assertEquals("099a8f4d-d739-4295-8650-569079e25039", result.threeDSServerTransactionId(), "G-F1: tree_dss_");
        assertEquals("f7429bcf-ef03-4f46-8987-65d0f48ea33d", result.dsTransactionId());
        assertEquals(Flow.FRICTIONLESS, result.flow());
        assertFalse(result.liability().shift());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, result.recommendedAction());
        assertEquals("THLCQ9wc4q7E0xfOia30", done.refs().get(FirstokenWire.AUTHENTICATION_TRANSACTION));
        assertTrue(done.refs().get(FirstokenWire.TOKEN).startsWith("Axjzbw"), "the newest token is kept");
        assertFalse(done.refs().containsKey(FirstokenWire.STEP));
    }

    @Test
    void frictionlessSuccessAndAttemptsShiftLiability() {
        assertEquals(TransStatus.Y, result("Y", "05", "Y").transStatus());
        assertTrue(result("Y", "05", "Y").liability().shift());
        assertEquals(TransStatus.A, result("A", "06", "Y").transStatus());
        assertTrue(result("A", "06", "Y").liability().shift());
        assertFalse(result("Y", "07", "Y").liability().shift(), "a Y with ECI 07 is no shift (ECI_STATUS_MISMATCH)");
    }

    @Test
    void notEnrolledBypassedOrUnavailableIsUWithoutThreeDSecure() {
        for (String veres : new String[] {"U", "B", "N"}) {
            ThreeDSResult result = result(null, "07", veres);
            assertEquals(TransStatus.U, result.transStatus(), veres);
            assertEquals(Flow.NOT_APPLICABLE, result.flow());
            assertEquals(veres, result.enrolled());
            assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, result.recommendedAction());
        }
    }

    @Test
    void stepUpIsAVisibleIframeAndOnlyItsOwnTransactionIdComesBack() {
        JsonObject pending = envelope(Json.createObjectBuilder().add("pares_status", "C").add("veres_enrolled", "Y")
                .add("step_up_url", "https://ft.example/V2/Cruise/StepUp").add("access_token", "eyJstep")
                .add("authentication_transaction_id", "DKjne4MBXRSsa1fryRE0").build());
        ProviderResult step = FirstokenWire.enrolled(answer(pending), Map.of(FirstokenWire.REFERENCE_ID, "r"), "a1",
                "VISA");
        assertEquals(TransStatus.C, step.result().transStatus());
        assertEquals("VISIBLE_IFRAME", step.browserAction().target());
        assertEquals("eyJstep", step.browserAction().fields().get("JWT"));
        assertEquals("a1", step.browserAction().fields().get("MD"));
        FirstokenWire.steppedUp(step.refs(), new BrowserResult(Map.of("TransactionId", "DKjne4MBXRSsa1fryRE0",
                "MD", "a1")), "a1");
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.steppedUp(step.refs(),
                new BrowserResult(Map.of("TransactionId", "forged")), "a1"));
    }

    @Test
    void deviceDataMessagesMustBeForThisSession() {
        Map<String, String> refs = Map.of(FirstokenWire.REFERENCE_ID, "46ab9269");
        FirstokenWire.deviceDataCollected(refs, new BrowserResult(Map.of("message",
                "{\"MessageType\":\"profile.completed\",\"SessionId\":\"46ab9269\",\"Status\":true}")));
        FirstokenWire.deviceDataCollected(refs, new BrowserResult(Map.of("timeout", "true")));
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.deviceDataCollected(refs,
                new BrowserResult(Map.of("message", "{\"MessageType\":\"profile.completed\",\"SessionId\":\"x\"}"))));
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.deviceDataCollected(refs,
                new BrowserResult(Map.of("message", "not json"))));
    }

    @Test
    void theSeedsPaymentAnswerIsAuthorised() {
        FirstokenWire.FirstokenAnswer answer = answer(json("payment-response.json"));
        assertEquals("AUTHORIZED", FirstokenWire.paid(answer, request()).status());
        assertEquals("831000", FirstokenWire.paid(answer, request()).approvalCode());
        assertEquals("00", FirstokenWire.paid(answer, request()).responseCode());
    }

    @Test
    void anAnswerWithoutItsDataIsUnusableOrAnErrorAsBefore() {
        JsonObject empty = Json.createObjectBuilder().add("status", "success").build();
        ProviderException unusable = assertThrows(ProviderException.class,
                () -> FirstokenWire.deviceDataCollection(answer(empty), CARD));
        assertEquals(ProviderException.Kind.BAD_ANSWER, unusable.kind());
        ThreeDSResult nothing = FirstokenWire.enrolled(answer(empty), Map.of(FirstokenWire.REFERENCE_ID, "r"), "a1",
                "VISA").result();
        assertEquals(TransStatus.E, nothing.transStatus(), "no pares_status nor veres_enrolled");
        assertEquals(RecommendedAction.DO_NOT_PROCEED, nothing.recommendedAction());
        assertEquals("DECLINED", FirstokenWire.paid(answer(empty), request()).status());
        assertNull(FirstokenWire.paid(answer(empty), request()).approvalCode());
    }

    @Test
    void numbersWhereTextsAreExpectedAreReadAsTheirText() {
        ThreeDSResult attempted = FirstokenWire.enrolled(answer(envelope(Json.createObjectBuilder()
                .add("pares_status", "A").add("veres_enrolled", "Y").add("eci_raw", 6)
                .add("three_ds_server_transaction_id", "s1").build())), Map.of(), "a1", "VISA").result();
        assertEquals(TransStatus.A, attempted.transStatus());
        assertEquals("06", attempted.eci());
        assertTrue(attempted.liability().shift());
        assertEquals("s1", attempted.threeDSServerTransactionId(), "G-F1: any of the spellings");
    }

    @Test
    void theSeedsSetupRequestComesOutAsItIs() {
        assertEquals(json("setup-request.json"), sent(FirstokenWire.setup(SEED_REFERENCE, CARD)));
    }

    /** 002:168-217, from a gateway request with the same values: all of it but what the API has no source for. */
    @Test
    void theSeedsEnrollRequestComesOutFieldByField() {
        NewAuthentication request = new NewAuthentication("order-1", new Amount(100_000, "MXN"), CARD, "firstoken",
                new Billing("John", "Doe", "1 Market St", "Suite 200", "san francisco", "94105", "CA", "US"),
                new Customer("accept@gmsectec.com", "4158880000", null),
                new BrowserInfo("text/html", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
                        + "(KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36", "190.123.237.237", "en-US", 24, 1050,
                        1680, 240, false, true), "NO_PREFERENCE", "https://shop.example/done");
        JsonObject enroll = sent(FirstokenWire.enroll(SEED_REFERENCE, request, Map.of(
                FirstokenWire.REFERENCE_ID, "46ab9269-b3af-489a-b896-5a604788c12a",
                FirstokenWire.TOKEN, "AxizbwSTgp44ksWr/6VXAIcBT34GzKnEAgFQyaSZejFxgH8AqAAAEAty"),
                "https://merchant.com/returnUrl"));

        assertSameLeaves(json("enroll-request.json"), enroll, Set.of(
                "device_info.cookies_accepted"));  // the API's browser has no cookies flag
    }

    /** 002:288-331: the authentication object from the enroll's data, amount in major units; no bill_to. */
    @Test
    void theSeedsPaymentRequestComesOutFieldByField() {
        ThreeDSResult threeDS = new ThreeDSResult(TransStatus.U, "01", StatusSource.PROVIDER_API, "07", null, null,
                "bac0d7ee-f731-48d6-a362-14a6b00d99dd", "94b0390e-e457-4c10-9a93-16e8a4eade51",
                "71d184d5-8334-489a-9af2-d1caeccd7335", "2.2.0", "Y", null, Flow.FRICTIONLESS, null,
                new Liability(false, "ECI_RULE"), RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT);
        AuthorizationRequest request = new AuthorizationRequest(SEED_REFERENCE, "order-1", CARD,
                new Amount(100_000, "MXN"), true, threeDS, Map.of(
                        FirstokenWire.TOKEN, "AxjzbwSTgp4gfqmdSzwZAIcBT34Gy/7h5COGoEAqGTSTL0YuMA/gDQAA6ihl",
                        FirstokenWire.ECI_RAW, "07",
                        FirstokenWire.COMMERCE_INDICATOR, "internet",
                        FirstokenWire.AUTHENTICATION_TRANSACTION, "xlvGjiJ9uxzMVRQSyxm0",
                        FirstokenWire.ACS_REFERENCE, "Cardinal ACS"));
        JsonObject payment = sent(FirstokenWire.payment(SEED_REFERENCE, request));

        assertSameLeaves(json("payment-request.json"), payment, Set.of("bill_to.first_name", "bill_to.last_name",
                "bill_to.country", "bill_to.address_1", "bill_to.address_2", "bill_to.city", "bill_to.state",
                "bill_to.phone_number", "bill_to.email", "bill_to.postal_code"));
    }

    @Test
    void totalAmountIsInMajorUnitsWithTheCurrencysDecimals() {
        assertEquals("10.00", FirstokenWire.totalAmount(1000, "EUR"));
        assertEquals("10.50", FirstokenWire.totalAmount(1050, "EUR"));
        assertEquals("0.05", FirstokenWire.totalAmount(5, "MXN"));
        assertEquals("1000", FirstokenWire.totalAmount(1000, "JPY"));
        assertEquals("1.234", FirstokenWire.totalAmount(1234, "KWD"));
    }

    @Test
    void aMobilePhoneOnlyWhenTheRequestHasAPhone() {
        NewAuthentication withoutCustomer = new NewAuthentication("order-1", new Amount(1000, "EUR"), CARD,
                "firstoken", null, null, null, "NO_PREFERENCE", "https://shop.example/done");
        Map<String, String> refs = Map.of(FirstokenWire.REFERENCE_ID, "r");
        assertFalse(sent(FirstokenWire.enroll("a1", withoutCustomer, refs, "https://gw/return"))
                .containsKey("buyer_info"));
        NewAuthentication emailOnly = new NewAuthentication("order-1", new Amount(1000, "EUR"), CARD, "firstoken",
                null, new Customer("jane@example.com", null, null), null, "NO_PREFERENCE", "https://shop.example/done");
        JsonObject enroll = sent(FirstokenWire.enroll("a1", emailOnly, refs, "https://gw/return"));
        assertFalse(enroll.containsKey("buyer_info"));
        assertEquals("jane@example.com", enroll.getJsonObject("bill_to").getString("email"));
    }

    /**
     * The seed's request and the gateway's agree on every scalar, except the {@code notSent} ones, which the
     * gateway leaves out, and {@code total_amount}, which is the seed's number in major units.
     */
    private static void assertSameLeaves(JsonObject seed, JsonObject ours, Set<String> notSent) {
        Map<String, JsonValue> expected = leaves(seed);
        Map<String, JsonValue> actual = leaves(ours);
        String total = "order_info.amount_details.total_amount";
        assertEquals(0, new BigDecimal(((JsonString) expected.remove(total)).getString())
                .compareTo(new BigDecimal(((JsonString) actual.remove(total)).getString())), total);
        notSent.forEach(path -> {
            assertTrue(expected.containsKey(path), path + " is in the seed");
            assertFalse(actual.containsKey(path), path + " is not sent");
            expected.remove(path);
        });
        assertEquals(expected, actual);
    }

    private static Map<String, JsonValue> leaves(JsonObject json) {
        Map<String, JsonValue> leaves = new TreeMap<>();
        json.forEach((name, value) -> {
            if (value instanceof JsonObject child) {
                leaves(child).forEach((path, leaf) -> leaves.put(name + "." + path, leaf));
            } else {
                leaves.put(name, value);
            }
        });
        return leaves;
    }

    private static AuthorizationRequest request() {
        return new AuthorizationRequest("a1", "order-1", CARD, new Amount(1000, "MXN"), true, result("Y", "05", "Y"),
                Map.of());
    }

    private static ThreeDSResult result(String pares, String eciRaw, String veres) {
        var auth = Json.createObjectBuilder().add("eci_raw", eciRaw).add("veres_enrolled", veres);
        if (pares != null) {
            auth.add("pares_status", pares);
        }
        return FirstokenWire.result(ProviderJson.read(auth.build().toString(), FirstokenWire.ConsumerAuthInfo.class),
                "VISA", Flow.FRICTIONLESS);
    }

    private static JsonObject envelope(JsonObject consumerAuthInfo) {
        return Json.createObjectBuilder().add("status", "success").add("data",
                Json.createObjectBuilder().add("consumer_auth_info", consumerAuthInfo)).build();
    }

    /** An answer as the provider reads it: bound to firstoken's record. */
    private static FirstokenWire.FirstokenAnswer answer(JsonObject json) {
        return ProviderJson.read(json.toString(), FirstokenWire.FirstokenAnswer.class);
    }

    /** A request as it is sent. */
    private static JsonObject sent(Object request) {
        try (JsonReader reader = Json.createReader(new StringReader(ProviderJson.write(request)))) {
            return reader.readObject();
        }
    }

    private static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(FirstokenWireTest.class.getResourceAsStream("/firstoken/" + name))) {
            return reader.readObject();
        }
    }
}
