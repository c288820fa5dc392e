package io.threeds.gateway.provider.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.CardBrand;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.provider.Evidence;
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worldline mapping fed with the seed's own response examples (seeds/004). */
class WorldlineWireTest {

    @Test
    void frictionlessSuccessIsYWithEci05AndLiabilityShift() {
        JsonObject body = fixture("frictionless-0026");
        ProviderResult mapped = map(body.getJsonObject("payment"), empty(), "VISA", false);
        assertEquals(TransStatus.Y, mapped.result().transStatus());
        assertEquals("05", mapped.result().eci());
        assertEquals("AAABBEg0VhI0VniQEjRWAAAAAAA=", mapped.result().authenticationValue());
        assertEquals("f25084f0-5b16-4c0a-ae5d-b24808a95e4b", mapped.result().dsTransactionId());
        assertEquals("A9885E27-797D-4726-BDE6-18C502D62C04", mapped.result().acsTransactionId());
        assertEquals("1aaeac7f-3736-425f-b23b-f93051d1cc64", mapped.result().threeDSServerTransactionId());
        assertEquals("2.1.0", mapped.result().threeDSVersion());
        assertEquals(Flow.FRICTIONLESS, mapped.result().flow());
        assertEquals("Y", mapped.result().enrolled());
        assertTrue(mapped.result().liability().shift());
        assertEquals("WORLDLINE_ECI", mapped.result().liability().basis());
        assertEquals(RecommendedAction.PROCEED, mapped.result().recommendedAction());
        assertNull(mapped.browserAction());
        assertEquals("AUTHORIZED", mapped.authorization().status());
        assertEquals("000007041700000008370000100001", mapped.authorization().providerTransactionId());
        assertEquals("600", mapped.authorization().responseCode());
        assertEquals(100, mapped.authorization().amountValue());
        assertEquals("000007041700000008370000100001", mapped.refs().get(WorldlineWire.REF_PAYMENT_ID));
        assertEquals("201907082235", mapped.refs().get("threeDSecureData.utcTimestamp"));
    }

    @Test
    void redirectIsChallengePendingWithTopWindowGetAndReturnMacKept() {
        JsonObject body = fixture("redirect-challenge-7977");
        ProviderResult mapped = map(body.getJsonObject("payment"),
                body.getJsonObject("merchantAction"), "VISA", false);
        assertEquals(TransStatus.C, mapped.result().transStatus());
        assertEquals(RecommendedAction.AWAIT_BROWSER, mapped.result().recommendedAction());
        assertEquals(Flow.CHALLENGE, mapped.result().flow());
        assertEquals("Y", mapped.result().enrolled());
        assertFalse(mapped.result().liability().shift());
        assertTrue(mapped.awaitsBrowser());
        assertEquals("GET", mapped.browserAction().method());
        assertEquals("TOP_WINDOW", mapped.browserAction().target());
        assertTrue(mapped.browserAction().url().endsWith("?returnMAC=d317d15e-0fb5-48ef-b177-cbebb282ff0d"));
        assertEquals("d317d15e-0fb5-48ef-b177-cbebb282ff0d", mapped.refs().get(WorldlineWire.REF_RETURNMAC));
        assertEquals("000007041700000008380000100001", mapped.refs().get(WorldlineWire.REF_PAYMENT_ID));
        assertNull(mapped.authorization(), "nothing is authorised before the shopper returns");
    }

    @Test
    void bothRedirectorVariantsAreHandledLikeAChallengeRedirect() {
        for (String name : new String[] {"redirect-redirector-2672", "redirect-redirector-0002"}) {
            JsonObject body = fixture(name);
            ProviderResult mapped = map(body.getJsonObject("payment"),
                    body.getJsonObject("merchantAction"), "VISA", false);
            assertEquals(TransStatus.C, mapped.result().transStatus(), name);
            assertTrue(mapped.browserAction().url().contains("/redirector/"), name);
        }
    }

    @Test
    void rejected402IsNotAuthenticatedWithCardholderInfoAndDeclinedAuthorization() {
        JsonObject result = fixture("rejected-402-5550").getJsonObject("paymentResult");
        ProviderResult mapped = map(result.getJsonObject("payment"),
                result.getJsonObject("merchantAction"), "VISA", false);
        assertEquals(TransStatus.N, mapped.result().transStatus());
        assertEquals("07", mapped.result().eci(), "no ECI from worldline on a failure is ECI 7, no authentication");
        assertEquals("INVALID_PARES_OR_NOT_COMPLETED", mapped.result().transStatusReason());
        assertEquals("Additional authentication is needed for this transaction, please contact (Issuer Name) at "
                + "xxx-xxx-xxxx.", mapped.result().cardholderInfo());
        assertFalse(mapped.result().liability().shift());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, mapped.result().recommendedAction());
        assertEquals("DECLINED", mapped.authorization().status());
        assertEquals("180", mapped.authorization().responseCode());
    }

    @Test
    void issuerRejectionAndCancelAreToldApartFromNByTheirError() {
        JsonObject result = fixture("rejected-402-5550").getJsonObject("paymentResult");
        assertEquals(TransStatus.R, map(withError(result.getJsonObject("payment"), "REJECTED_BY_ISSUER"),
                result.getJsonObject("merchantAction"), "MASTERCARD", false).result().transStatus());
        ProviderResult cancelled = map(withError(result.getJsonObject("payment"),
                "CANCELLED_BY_CONSUMER"), empty(), "MASTERCARD", true);
        assertEquals(TransStatus.U, cancelled.result().transStatus());
        assertEquals("00", cancelled.result().eci());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, cancelled.result().recommendedAction());
    }

    @Test
    void unpaddedEci7IsU07WithoutLiabilityButAuthorised() {
        JsonObject body = fixture("not-authenticated-eci7-9026");
        ProviderResult mapped = map(body.getJsonObject("payment"), empty(), "VISA", false);
        assertEquals(TransStatus.U, mapped.result().transStatus());
        assertEquals("07", mapped.result().eci());
        assertEquals(Flow.NOT_APPLICABLE, mapped.result().flow());
        assertNull(mapped.result().enrolled());
        assertFalse(mapped.result().liability().shift());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, mapped.result().recommendedAction());
        assertEquals("AUTHORIZED", mapped.authorization().status());
    }

    @Test
    void attemptEciIsAAndNeverCollapsedIntoNOrY() {
        JsonObject payment = withEci(fixture("frictionless-0026").getJsonObject("payment"), "06");
        ProviderResult mapped = map(payment, empty(), "VISA", false);
        assertEquals(TransStatus.A, mapped.result().transStatus());
        assertTrue(mapped.result().liability().shift());
        assertEquals(RecommendedAction.PROCEED, mapped.result().recommendedAction());
    }

    @Test
    void mastercardEcisAreReadAsMastercard() {
        JsonObject payment = withEci(fixture("frictionless-0026").getJsonObject("payment"), "02");
        assertEquals(TransStatus.Y, map(payment, empty(), "MASTERCARD", false).result().transStatus());
        payment = withEci(payment, "01");
        assertEquals(TransStatus.A, map(payment, empty(), "MASTERCARD", false).result().transStatus());
    }

    @Test
    void afterTheRedirectTheFlowIsAChallenge() {
        JsonObject payment = fixture("frictionless-0026").getJsonObject("payment");
        assertEquals(Flow.CHALLENGE, map(payment, empty(), "VISA", true).result().flow());
    }

    @Test
    void createPaymentFollowsTheSeedRequestShapeAndEvidenceHidesTheCard() {
        Card card = new Card("4012000033330026", 12, 2030, "Wile E. Coyote", "352");
        NewAuthentication request = new NewAuthentication("order-1", new Amount(100, "EUR"), card, "worldline",
                null, null, new BrowserInfo("text/html", "Mozilla/5.0", "123.123.123.123", "en-US", 24, 1200, 1920,
                420, false, true), "CHALLENGE_MANDATED", "https://shop.example/done");
        JsonObject body = json(WorldlineWire.createPayment(request, "http://gw/3ds/x/return"));
        JsonObject input = body.getJsonObject("cardPaymentMethodSpecificInput");
        assertEquals("4012000033330026", input.getJsonObject("card").getString("cardNumber"));
        assertEquals("1230", input.getJsonObject("card").getString("expiryDate"));
        assertEquals("challenge-required", input.getJsonObject("threeDSecure").getString("challengeIndicator"));
        assertEquals("http://gw/3ds/x/return", input.getJsonObject("threeDSecure")
                .getJsonObject("redirectionData").getString("returnUrl"));
        JsonObject device = body.getJsonObject("order").getJsonObject("customer").getJsonObject("device");
        assertEquals("420", device.getString("timezoneOffsetUtcMinutes"));
        assertEquals("1200", device.getJsonObject("browserData").getString("screenHeight"));
        assertEquals(100, body.getJsonObject("order").getJsonObject("amountOfMoney").getInt("amount"));

        String evidence = Evidence.of(WorldlineProvider.EVIDENCE, body.toString());
        assertFalse(evidence.contains("4012000033330026"), evidence);
        assertFalse(evidence.contains("352"), evidence);
        assertFalse(evidence.contains("Wile E. Coyote"), "names are not on worldline's evidence list");
        assertFalse(evidence.contains("123.123.123.123"), "nor is the shopper's address");
        assertTrue(evidence.contains("40120000****0026"), evidence);
        assertTrue(evidence.contains("\"challengeIndicator\":\"challenge-required\""), evidence);
    }

    /**
     * The seed's own Create Payment request (004:194-245), rebuilt from a gateway request carrying the
     * same values: every property comes out as the seed has it, except the three the gateway's API has
     * no source for.
     */
    @Test
    void theSeedsCreatePaymentRequestComesOutFieldByField() {
        Card card = new Card("4012000033330026", 12, 2020, "Wile E. Coyote", "352");
        NewAuthentication request = new NewAuthentication("vlSjO1XpvQgF3EYNvpA6rUDymoY6yD", new Amount(100, "EUR"),
                card, "worldline", new Billing(null, null, null, null, null, null, null, "NL"), null,
                new BrowserInfo("texthtml,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                                + "Version/12.1 Safari/605.1.15", "123.123.123.123", "en-US", 24, 1200, 1920, 420,
                        false, null), "NO_PREFERENCE", "https://shop.example/done");
        Map<String, JsonValue> seed = leaves(fixture("create-payment-request"));
        Map<String, JsonValue> ours = leaves(json(WorldlineWire.createPayment(request, "https://hostname.myownwebsite.url")));

        Set<String> notSent = Set.of("order.customer.locale", "order.customer.merchantCustomerId",
                "order.references.merchantOrderId");
        seed.forEach((path, value) -> {
            if (!notSent.contains(path)) {
                assertEquals(value, ours.get(path), path);
            }
        });
        notSent.forEach(path -> assertFalse(ours.containsKey(path), path));
        assertEquals(Set.of(), ours.keySet().stream().filter(path -> !seed.containsKey(path)).collect(Collectors.toSet()),
                "properties the seed's request does not have");
    }

    @Test
    void eachBrandGoesWithItsOwnPaymentProduct() {
        assertEquals(Optional.of(1), WorldlineWire.paymentProductId(CardBrand.VISA));
        assertEquals(Optional.of(2), WorldlineWire.paymentProductId(CardBrand.AMEX));
        assertEquals(Optional.of(3), WorldlineWire.paymentProductId(CardBrand.MASTERCARD));
        assertEquals(Optional.of(117), WorldlineWire.paymentProductId(CardBrand.MAESTRO));
        assertEquals(Optional.of(125), WorldlineWire.paymentProductId(CardBrand.JCB));
        assertEquals(Optional.of(128), WorldlineWire.paymentProductId(CardBrand.DISCOVER));
        assertEquals(Optional.of(132), WorldlineWire.paymentProductId(CardBrand.DINERS));
        assertEquals(Optional.empty(), WorldlineWire.paymentProductId(CardBrand.UNKNOWN));

        NewAuthentication mastercard = new NewAuthentication("order-1", new Amount(100, "EUR"),
                new Card("5200000000052701", 12, 2030, "Jane Doe", null), "worldline", null, null,
                new BrowserInfo("text/html", "Mozilla/5.0", "192.0.2.10", "en-US", 24, 1080, 1920, -60, false, true),
                "NO_PREFERENCE", "https://shop.example/done");
        assertEquals(3, json(WorldlineWire.createPayment(mastercard, "http://gw/return"))
                .getJsonObject("cardPaymentMethodSpecificInput").getInt("paymentProductId"));
    }

    /** Every scalar of a JSON tree by its dotted path. */
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

    @Test
    void evidenceOfAnswersDropsTheAuthenticationValue() {
        String evidence = Evidence.of(WorldlineProvider.EVIDENCE, fixture("frictionless-0026").toString());
        assertFalse(evidence.contains("AAABBEg0VhI0VniQEjRWAAAAAAA="), evidence);
        assertTrue(evidence.contains("************0026"), "an already masked number stays as it is");
        assertTrue(Evidence.of(WorldlineProvider.EVIDENCE, "{\"id\": ").startsWith("[not JSON"));
    }

    private static JsonObject withEci(JsonObject payment, String eci) {
        JsonObject output = payment.getJsonObject("paymentOutput");
        JsonObject card = output.getJsonObject("cardPaymentMethodSpecificOutput");
        JsonObject results = Json.createObjectBuilder(card.getJsonObject("threeDSecureResults")).add("eci", eci).build();
        return Json.createObjectBuilder(payment).add("paymentOutput", Json.createObjectBuilder(output)
                .add("cardPaymentMethodSpecificOutput", Json.createObjectBuilder(card)
                        .add("threeDSecureResults", results))).build();
    }

    private static JsonObject withError(JsonObject payment, String message) {
        JsonObject statusOutput = payment.getJsonObject("statusOutput");
        return Json.createObjectBuilder(payment).add("statusOutput", Json.createObjectBuilder(statusOutput)
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "4303")
                        .add("message", message)))).build();
    }

    /** The mapping fed as the provider sees an answer: bound to worldline's records. */
    private static ProviderResult map(JsonObject payment, JsonObject merchantAction, String brand,
                                      boolean afterRedirect) {
        return WorldlineWire.map(ProviderJson.read(payment.toString(), WorldlineWire.Payment.class),
                ProviderJson.read(merchantAction.toString(), WorldlineWire.MerchantAction.class), brand, afterRedirect);
    }

    /** A request as it is sent. */
    private static JsonObject json(WorldlineWire.CreatePayment request) {
        try (JsonReader reader = Json.createReader(new StringReader(ProviderJson.write(request)))) {
            return reader.readObject();
        }
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }

    static JsonObject fixture(String name) {
        InputStream in = WorldlineWireTest.class.getResourceAsStream("/worldline/" + name + ".json");
        assertNotNull(in, name);
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
