package io.threeds.gateway.provider.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.authentication.Amount;
import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The intergiro mapping fed with the seed's own example bodies (seeds/001). */
class IntergiroWireTest {
    private static final String CALLBACK = "https://gw.example/3ds/a1";

    @Test
    void methodErrorBecomesAHiddenIframeWithATenSecondBudget() {
        ProviderResult step = interpret(400, json("method-required.json"), Map.of());
        assertEquals("METHOD", step.browserAction().purpose());
        assertEquals("HIDDEN_IFRAME", step.browserAction().target());
        assertEquals("https://acs.sandbox.3dsecure.io/3dsmethod", step.browserAction().url());
        assertEquals(10_000, step.browserAction().timeoutMs());
        JsonObject methodData = IntergiroWire.decode(step.browserAction().fields().get("threeDSMethodData"));
        assertEquals("29673dd1-d33e-40fe-be64-5c68b490904c", methodData.getString("threeDSServerTransID"));
        assertEquals(CALLBACK + "/method-complete", methodData.getString("threeDSMethodNotificationURL"));
        assertEquals("g44QVj3iQXiElrUa", step.refs().get(IntergiroWire.CYCLE));
        assertNull(step.result().transStatus(), "no result yet, only a device step");
        assertEquals(RecommendedAction.AWAIT_BROWSER, step.result().recommendedAction());
    }

    @Test
    void challengeErrorWithoutAnIdKeepsTheCycleAndSendsARealCReq() {
        ProviderResult step = interpret(400, json("challenge-required.json"),
                Map.of(IntergiroWire.CYCLE, "g44QVj3iQXiElrUa"));
        assertEquals("g44QVj3iQXiElrUa", step.refs().get(IntergiroWire.CYCLE), "G-I5: the seed's challenge error has no id");
        assertEquals(TransStatus.C, step.result().transStatus());
        assertEquals("VISIBLE_IFRAME", step.browserAction().target());
        assertEquals("01", step.browserAction().windowSize());
        JsonObject creq = IntergiroWire.decode(step.browserAction().fields().get("creq"));
        assertEquals("CReq", creq.getString("messageType"));
        assertFalse(creq.containsKey("type"), "everything from data except type");
        assertEquals("13521d57-581c-44d0-b321-40c58a9cf74e", creq.getString("acsTransID"));
    }

    @Test
    void threeDS1ErrorPostsPaReqTermUrlAndMd() {
        ProviderResult step = interpret(400, json("pares-required.json"), Map.of());
        assertEquals("_8Pqg0ILqC5Sd2cf", step.refs().get(IntergiroWire.CYCLE));
        assertEquals(Flow.THREEDS1, step.result().flow());
        assertEquals("http://your.example-url.com/", step.browserAction().fields().get("TermUrl"));
        assertEquals("MD", step.browserAction().fields().get("MD"));
        assertTrue(step.browserAction().fields().get("PaReq").startsWith("eyJ2ZXJzaW9uIjoiMS4wIi"));
    }

    @Test
    void theSeedsCResIsReadAndAuthorisationThenGivesAnAuthenticatedResult() throws IOException {
        Map<String, String> refs = new HashMap<>(Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.STEP, "challenge",
                IntergiroWire.SERVER_TRANS, "d41f6200-0435-49ee-aa11-f366f0661c6f", IntergiroWire.VERSION, "2.1.0"));
        IntergiroWire.Callback callback = IntergiroWire.callback(refs, new BrowserResult(Map.of("cres", text("cres.txt"))));
        assertEquals("challenge", callback.verification().getString("type"));
        assertEquals(text("cres.txt"), callback.verification().getString("data"), "the cres string as received");
        refs.putAll(callback.seen());
        ProviderResult done = interpret(201, Json.createObjectBuilder().add("id", "auth1").build(), refs);
        assertEquals(TransStatus.Y, done.result().transStatus());
        assertEquals(StatusSource.BROWSER_MESSAGE, done.result().source());
        assertEquals(Flow.CHALLENGE, done.result().flow());
        assertTrue(done.result().liability().shift());
        assertEquals("AUTHORIZED", done.authorization().status());
    }

    @Test
    void aCResForAnotherTransactionIsRefused() throws IOException {
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "challenge", IntergiroWire.SERVER_TRANS, "other");
        assertThrows(BrowserRefusedException.class, () -> IntergiroWire.callback(refs,
                new BrowserResult(Map.of("cres", text("cres.txt")))));
        assertThrows(BrowserRefusedException.class, () -> IntergiroWire.callback(
                Map.of(IntergiroWire.STEP, "challenge", IntergiroWire.SERVER_TRANS, "x"),
                new BrowserResult(Map.of("cres", "not-base64-json"))));
    }

    @Test
    void theSeedsPaResGivesEci02ForMastercard() throws IOException {
        Map<String, String> refs = new HashMap<>(Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.STEP, "pares",
                IntergiroWire.MD, "MD"));
        refs.putAll(IntergiroWire.callback(refs, new BrowserResult(Map.of("PaRes", text("pares.txt"), "MD", "MD")))
                .seen());
        ProviderResult done = IntergiroWire.interpret(201, Json.createObjectBuilder().add("id", "a").build(), refs,
                CALLBACK, "MASTERCARD", 20000, "EUR");
        assertEquals(TransStatus.Y, done.result().transStatus());
        assertEquals("02", done.result().eci(), "the PaRes' \"2\" becomes \"02\"");
        assertNull(done.result().authenticationValue(), "the seed's empty cavv is no value");
        assertEquals("MDAwMDAwMDAwMDAwMDAwODU4NTY=", done.result().xid());
        assertEquals(Flow.THREEDS1, done.result().flow());
        assertTrue(done.result().liability().shift());
    }

    @Test
    void aMethodThatTimedOutIsReportedWithCompletionIndicatorN() {
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "method", IntergiroWire.SERVER_TRANS, "t1",
                IntergiroWire.VERSION, "2.2.0");
        JsonObject verification = IntergiroWire.callback(refs, new BrowserResult(Map.of("timeout", "true")))
                .verification();
        assertEquals("method", verification.getString("type"));
        assertEquals("N", verification.getJsonObject("data").getString("threeDSCompInd"));
        assertEquals("t1", verification.getJsonObject("data").getString("threeDSServerTransID"));
    }

    @Test
    void authorisedAfterAMethodStepOnlyIsAnInferredYWithoutLiabilityShift() {
        ProviderResult done = interpret(201, Json.createObjectBuilder().add("id", "a").build(),
                Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.STEP, "method"));
        assertEquals(TransStatus.Y, done.result().transStatus());
        assertEquals(StatusSource.INFERRED, done.result().source());
        assertFalse(done.result().liability().shift());
        assertEquals("UNDETERMINED", done.result().liability().basis());
    }

    @Test
    void authorisedOnTheFirstCallIsNotApplicable() {
        ProviderResult done = interpret(201, Json.createObjectBuilder().add("id", "a").build(), Map.of());
        assertEquals(TransStatus.U, done.result().transStatus());
        assertEquals(Flow.NOT_APPLICABLE, done.result().flow());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, done.result().recommendedAction());
    }

    @Test
    void verificationFailedAfterACResKeepsItsStatusAndDeclines() {
        JsonObject failed = Json.createObjectBuilder().add("status", 400).add("error", "verification failed").build();
        ProviderResult rejected = interpret(400, failed, Map.of(IntergiroWire.SEEN_STATUS, "R",
                IntergiroWire.SEEN_IN, "challenge"));
        assertEquals(TransStatus.R, rejected.result().transStatus());
        assertEquals("07", rejected.result().eci());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, rejected.result().recommendedAction());
        assertEquals("DECLINED", rejected.authorization().status());
        ProviderResult unavailable = interpret(400, failed, Map.of(IntergiroWire.SEEN_STATUS, "U",
                IntergiroWire.SEEN_IN, "challenge"));
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, unavailable.result().recommendedAction());
    }

    @Test
    void anyOtherErrorIsUnusable() {
        JsonObject refused = Json.createObjectBuilder().add("status", 400).add("error", "invalid id").build();
        assertThrows(ProviderException.class, () -> interpret(400, refused, Map.of()));
    }

    @Test
    void theCardCarriesACscOnlyWhenTheMerchantGaveOne() {
        JsonObject without = IntergiroWire.card(new Card("4111111111111111", 2, 2022, null, null), null);
        assertEquals(List.of("pan", "expires"), List.copyOf(without.keySet()));
        JsonObject with = IntergiroWire.card(new Card("4111111111111111", 2, 2022, null, "987"), null);
        assertEquals("987", with.getString("csc"));
    }

    @Test
    void amountsAreSentInMajorUnits() {
        assertEquals(new BigDecimal("10"), IntergiroWire.majorUnits(new Amount(1000, "EUR")));
        assertEquals(new BigDecimal("7.5"), IntergiroWire.majorUnits(new Amount(750, "EUR")));
        assertEquals(new BigDecimal("1000"), IntergiroWire.majorUnits(new Amount(1000, "JPY")));
    }

    private static ProviderResult interpret(int status, JsonObject answer, Map<String, String> refs) {
        return IntergiroWire.interpret(status, answer, refs, CALLBACK, "VISA", 1000, "EUR");
    }

    private static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(resource(name))) {
            return reader.readObject();
        }
    }

    private static String text(String name) throws IOException {
        return new String(resource(name).readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    private static InputStream resource(String name) {
        return IntergiroWireTest.class.getResourceAsStream("/intergiro/" + name);
    }
}
