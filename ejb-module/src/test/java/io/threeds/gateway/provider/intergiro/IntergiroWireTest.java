package io.threeds.gateway.provider.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.Evidence;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
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
        JsonObject methodData = decoded(step.browserAction().fields().get("threeDSMethodData"));
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
        JsonObject creq = decoded(step.browserAction().fields().get("creq"));
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
    void detailsVisibleDecidesTheFrameWhateverTheKind() {
        assertEquals("VISIBLE_IFRAME", interpret(400, visible(json("method-required.json"), true), Map.of())
                .browserAction().target(), "a method the seed says to show");
        assertEquals("HIDDEN_IFRAME", interpret(400, visible(json("challenge-required.json"), false),
                Map.of(IntergiroWire.CYCLE, "c1")).browserAction().target(), "a challenge without interaction (001:9)");
        assertEquals("HIDDEN_IFRAME", interpret(400, visible(json("pares-required.json"), false), Map.of())
                .browserAction().target());
        assertEquals("VISIBLE_IFRAME", interpret(400, visible(IntergiroDocLiteralTest.json("antifraud-required.json"),
                true), Map.of()).browserAction().target());
    }

    @Test
    void theCReqIsTheChallengesDataButItsType() {
        ProviderResult step = interpret(400, json("challenge-required.json"), Map.of(IntergiroWire.CYCLE, "c1"));
        JsonObject data = json("challenge-required.json").getJsonObject("content").getJsonObject("details")
                .getJsonObject("data");
        assertEquals(Json.createObjectBuilder(data).remove("type").build(),
                decoded(step.browserAction().fields().get("creq")), "001:142, every documented member");
    }

    @Test
    void visibleIsAFlagOnlyAsJsonsTrueOrFalse() {
        JsonObject challenge = json("challenge-required.json");
        JsonObject textual = withDetails(challenge, details(challenge).add("visible", "false"));
        assertEquals("VISIBLE_IFRAME", interpret(400, textual, Map.of(IntergiroWire.CYCLE, "c1")).browserAction()
                .target(), "a text is not a flag: the seed's rendering");
    }

    @Test
    void aVerificationWithoutItsStepIsUnusableAndDataOfAnotherShapeIsNotIntergirosAnswer() {
        JsonObject method = json("method-required.json");
        JsonObject withoutDetails = Json.createObjectBuilder(method).add("content", Json.createObjectBuilder()
                .add("property", "card")).build();
        ProviderException unusable = assertThrows(ProviderException.class,
                () -> interpret(400, withoutDetails, Map.of()));
        assertEquals(ProviderException.Kind.BAD_ANSWER, unusable.kind());
        assertEquals("intergiro asked for a verification without a url or a cycle id", unusable.getMessage());
        assertThrows(ProviderException.class, () -> interpret(400, withDetails(method, details(method)
                .add("data", Json.createObjectBuilder().add("type", "unknown"))), Map.of()), "unknown kind");
        assertThrows(JsonbException.class, () -> answer(withDetails(method, details(method).add("data", "x"))));
    }

    @Test
    void aNumberWhereATextIsExpectedIsReadAsItsText() {
        ProviderResult done = interpret(201, Json.createObjectBuilder().add("id", 123456).build(), Map.of());
        assertEquals("123456", done.authorization().providerTransactionId());
    }

    @Test
    void theSeedsAntifraudErrorIsAHiddenGetOfItsUrl() {
        ProviderResult step = interpret(400, IntergiroDocLiteralTest.json("antifraud-required.json"), Map.of());
        assertEquals("ANTIFRAUD", step.browserAction().purpose());
        assertEquals("GET", step.browserAction().method());
        assertEquals("HIDDEN_IFRAME", step.browserAction().target(), "001:300 visible false");
        assertEquals("https://merchant.intergiro.com/v1/verification/redirect?target=https://3dsecure.io/"
                + "&origin=http://your.example-url.com/&v=2.2.0", step.browserAction().url());
        assertEquals("antifraud", step.refs().get(IntergiroWire.STEP));
    }

    @Test
    void withoutVisibleEachKindKeepsTheSeedsRendering() {
        assertEquals("HIDDEN_IFRAME", interpret(400, withoutVisible(json("method-required.json")), Map.of())
                .browserAction().target(), "001:52");
        assertEquals("VISIBLE_IFRAME", interpret(400, withoutVisible(json("challenge-required.json")),
                Map.of(IntergiroWire.CYCLE, "c1")).browserAction().target(), "001:154");
        assertEquals("VISIBLE_IFRAME", interpret(400, withoutVisible(json("pares-required.json")), Map.of())
                .browserAction().target(), "001:235");
    }

    @Test
    void theSeedsCResIsReadAndAuthorisationThenGivesAnAuthenticatedResult() throws IOException {
        Map<String, String> refs = new HashMap<>(Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.STEP, "challenge",
                IntergiroWire.SERVER_TRANS, "d41f6200-0435-49ee-aa11-f366f0661c6f", IntergiroWire.VERSION, "2.1.0"));
        IntergiroWire.Callback callback = IntergiroWire.callback(refs, new BrowserResult(Map.of("cres", text("cres.txt"))));
        assertEquals("challenge", callback.verification().type());
        assertEquals(text("cres.txt"), callback.verification().data(), "the cres string as received");
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
    void theSeedsPaResIsRelayedAsReceivedAndAuthorisationIsAnInferredY() throws IOException {
        Map<String, String> refs = new HashMap<>(Map.of(IntergiroWire.CYCLE, "_8Pqg0ILqC5Sd2cf",
                IntergiroWire.STEP, "pares", IntergiroWire.MD, "MD"));
        IntergiroWire.Callback callback = IntergiroWire.callback(refs,
                new BrowserResult(Map.of("PaRes", text("pares.txt"), "MD", "MD")));
        assertEquals(Json.createObjectBuilder().add("type", "pares").add("data", text("pares.txt")).build(),
                sent(callback.verification()), "001:275-278");
        assertEquals(Map.of(IntergiroWire.SEEN_IN, "pares"), callback.seen(), "nothing is read from the PaRes");
        refs.putAll(callback.seen());
        ProviderResult done = IntergiroWire.interpret(201, answer(Json.createObjectBuilder().add("id", "a").build()),
                refs, CALLBACK, "MASTERCARD", 20000, "EUR");
        assertEquals(TransStatus.Y, done.result().transStatus());
        assertEquals(StatusSource.INFERRED, done.result().source());
        assertNull(done.result().eci(), "the PaRes' eci is Intergiro's, not the gateway's");
        assertNull(done.result().xid());
        assertEquals("1.0.2", done.result().threeDSVersion());
        assertEquals(Flow.THREEDS1, done.result().flow());
        assertFalse(done.result().liability().shift(), "nothing proves a liability shift");
        assertEquals(RecommendedAction.PROCEED, done.result().recommendedAction());
    }

    @Test
    void aRealAcsPaResOfDeflatedXmlIsRelayedUnchangedWithOrWithoutMd() {
        String paRes = deflatedXml("<ThreeDSecure><Message id=\"m1\"><PARes id=\"p1\"><version>1.0.2</version>"
                + "<TX><status>Y</status><cavv>AAABBEg0VhI0VniQEjRWAAAAAAA=</cavv><eci>05</eci></TX></PARes>"
                + "</Message></ThreeDSecure>");
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "pares", IntergiroWire.MD, "md-1");
        assertEquals(paRes, IntergiroWire.callback(refs, new BrowserResult(Map.of("PaRes", paRes, "MD", "md-1")))
                .verification().data());
        assertEquals(paRes, IntergiroWire.callback(refs, new BrowserResult(Map.of("PaRes", paRes)))
                .verification().data(), "001:262: the callback may carry the PaRes alone");
    }

    @Test
    void aPaResForAnotherMdOrNotABase64MessageOfSaneSizeIsRefused() {
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "pares", IntergiroWire.MD, "md-1");
        String paRes = deflatedXml("<ThreeDSecure/>");
        assertThrows(BrowserRefusedException.class, () -> IntergiroWire.callback(refs,
                new BrowserResult(Map.of("PaRes", paRes, "MD", "md-2"))));
        assertThrows(BrowserRefusedException.class, () -> IntergiroWire.callback(refs,
                new BrowserResult(Map.of("PaRes", "<PARes>not encoded</PARes>"))));
        assertThrows(BrowserRefusedException.class, () -> IntergiroWire.callback(refs,
                new BrowserResult(Map.of("PaRes", "A".repeat(IntergiroWire.PARES_MAX_CHARS + 1)))));
        assertEquals(IntergiroWire.PARES_MAX_CHARS, IntergiroWire.callback(refs, new BrowserResult(Map.of("PaRes",
                "A".repeat(IntergiroWire.PARES_MAX_CHARS)))).verification().data().toString().length());
    }

    @Test
    void aRefusalAfterAnUnreadPaResIsAnErrorOfTheThreeDS1Flow() {
        ProviderResult done = interpret(400, seedShapedError("card", "verification failed"),
                Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.SEEN_IN, "pares"));
        assertEquals(TransStatus.E, done.result().transStatus());
        assertEquals(Flow.THREEDS1, done.result().flow());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, done.result().recommendedAction());
        assertEquals("DECLINED", done.authorization().status());
    }

    @Test
    void evidenceWithholdsThePaResTheCresAndTheCardToken() {
        JsonObject withPaRes = Json.createObjectBuilder().add("id", "c1").add("card", Json.createObjectBuilder()
                .add("pan", "4111111111111111").add("csc", "123").add("verification", Json.createObjectBuilder()
                        .add("type", "pares").add("data", "eJzNWFeT4kgS"))).build();
        JsonObject kept = read(Evidence.of(IntergiroProvider.EVIDENCE, withPaRes.toString()));
        JsonObject card = kept.getJsonObject("card");
        assertEquals("[withheld]", card.getJsonObject("verification").getString("data"));
        assertEquals("pares", card.getJsonObject("verification").getString("type"));
        assertEquals("41111111****1111", card.getString("pan"));
        assertEquals("[withheld]", card.getString("csc"));
        assertEquals("c1", kept.getString("id"));
        JsonObject withToken = Json.createObjectBuilder().add("card", "eyJh.eyJp.c2ln").build();
        assertEquals("[withheld]", read(Evidence.of(IntergiroProvider.EVIDENCE, withToken.toString()))
                .getString("card"));
    }

    @Test
    void aMethodVerificationHasTheSeedsTwoMembersWhetherItNotifiedOrTimedOut() {
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "method", IntergiroWire.SERVER_TRANS, "t1",
                IntergiroWire.VERSION, "2.2.0");
        JsonObject expected = Json.createObjectBuilder().add("type", "method").add("data", Json.createObjectBuilder()
                .add("threeDSServerTransID", "t1").add("messageVersion", "2.2.0")).build();
        assertEquals(expected, sent(IntergiroWire.callback(refs, new BrowserResult(Map.of("timeout", "true")))
                .verification()), "no threeDSCompInd: 001:100-103 has none");
        String notification = IntergiroWire.base64Url("{\"threeDSServerTransID\":\"t1\"}");
        assertEquals(expected, sent(IntergiroWire.callback(refs,
                new BrowserResult(Map.of("threeDSMethodData", notification))).verification()));
    }

    @Test
    void aReRequestRepeatsEveryFieldOfTheFirstAndAddsOnlyTheIdAndTheCard() {
        NewAuthentication held = held("987");
        JsonObject first = sent(IntergiroWire.request(held, IntergiroWire.card(held.card(), null, null), CALLBACK,
                null)).asJsonObject();
        IntergiroWire.Verification verification = new IntergiroWire.Verification("challenge", "eyJj");
        JsonObject again = sent(IntergiroWire.request(held, IntergiroWire.card(held.card(), null, verification),
                CALLBACK, "c1")).asJsonObject();
        assertEquals(Set.of("number", "amount", "currency", "card", "client", "browser"), first.keySet());
        assertEquals("c1", again.getString("id"));
        for (String field : first.keySet()) {
            if (!field.equals("card")) {
                assertEquals(first.get(field), again.get(field), field + " repeated (001:92, 329)");
            }
        }
        assertEquals(sent(verification), again.getJsonObject("card").getJsonObject("verification"));
        JsonObject card = Json.createObjectBuilder(again.getJsonObject("card")).remove("verification").build();
        assertEquals(first.getJsonObject("card"), card, "the same card, updated with the verification (001:332)");
    }

    @Test
    void theBrowserHasTheMembersOfTheSeedsCardToken() {
        JsonObject browser = sent(IntergiroWire.request(held(null), "eyJh.eyJp.c2ln", CALLBACK, null)).asJsonObject()
                .getJsonObject("browser");
        assertEquals(Json.createObjectBuilder().add("colorDepth", 24)
                .add("resolution", Json.createArrayBuilder().add(1920).add(1080)).add("java", false)
                .add("javascript", true).add("locale", "en-US").add("timezone", -60).add("ip", "192.0.2.10")
                .add("userAgent", "Mozilla/5.0").build(), browser, "001:314's browser, plus the user agent");
    }

    @Test
    void theAntifraudTokenStaysTheCardAndCarriesLaterVerifications() {
        Card card = held("987").card();
        assertEquals(Json.createValue("eyJh.eyJp.c2ln"), sent(IntergiroWire.card(card, "eyJh.eyJp.c2ln", null)),
                "001:322");
        IntergiroWire.Verification verification = new IntergiroWire.Verification("method", null);
        assertEquals(Json.createObjectBuilder().add("token", "eyJh.eyJp.c2ln").add("verification",
                Json.createObjectBuilder().add("type", "method")).build(),
                sent(IntergiroWire.card(card, "eyJh.eyJp.c2ln", verification)), "never the card number again");
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
    void aCardRefusalAfterACResKeepsTheCResStatusWhateverItsWords() {
        for (String words : new String[] {"verification failed", "authentication failed", "declined"}) {
            ProviderResult rejected = interpret(400, seedShapedError("card", words), Map.of(IntergiroWire.CYCLE, "c1",
                    IntergiroWire.SEEN_STATUS, "R", IntergiroWire.SEEN_IN, "challenge"));
            assertEquals(TransStatus.R, rejected.result().transStatus(), words);
            assertEquals("07", rejected.result().eci());
            assertEquals(Flow.CHALLENGE, rejected.result().flow());
            assertEquals(RecommendedAction.DO_NOT_PROCEED, rejected.result().recommendedAction());
            assertEquals("DECLINED", rejected.authorization().status());
            assertEquals(words, rejected.authorization().responseCode());
        }
        ProviderResult unavailable = interpret(400, seedShapedError("card", "x"), Map.of(IntergiroWire.CYCLE, "c1",
                IntergiroWire.SEEN_STATUS, "U", IntergiroWire.SEEN_IN, "challenge"));
        assertEquals(TransStatus.U, unavailable.result().transStatus());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, unavailable.result().recommendedAction());
    }

    @Test
    void anyRefusalAfterACResNKeepsTheN() {
        ProviderResult done = interpret(400, seedShapedError("id", "invalid id"), Map.of(IntergiroWire.CYCLE, "c1",
                IntergiroWire.SEEN_STATUS, "N", IntergiroWire.SEEN_IN, "challenge"));
        assertEquals(TransStatus.N, done.result().transStatus(), "PROVIDERS.md §7.9.2: not E");
        assertEquals(StatusSource.BROWSER_MESSAGE, done.result().source());
    }

    @Test
    void aCardRefusalAfterAMethodIsAnErrorThatDeclines() {
        ProviderResult done = interpret(400, seedShapedError("card", "card refused"), Map.of(IntergiroWire.CYCLE, "c1",
                IntergiroWire.STEP, "method"));
        assertEquals(TransStatus.E, done.result().transStatus());
        assertEquals("intergiro: card refused", done.result().transStatusReason());
        assertEquals(Flow.FRICTIONLESS, done.result().flow());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, done.result().recommendedAction());
        assertEquals("DECLINED", done.authorization().status());
    }

    @Test
    void anyOtherErrorIsUnusable() {
        Map<String, String> afterMethod = Map.of(IntergiroWire.CYCLE, "c1", IntergiroWire.STEP, "method");
        assertThrows(ProviderException.class, () -> interpret(400, seedShapedError("amount", "invalid amount"),
                afterMethod), "a refused request is not a refused card");
        assertThrows(ProviderException.class, () -> interpret(400, seedShapedError("card", "invalid card"),
                Map.of()), "no verification was answered yet");
        assertThrows(ProviderException.class, () -> interpret(500, seedShapedError("card", "backend failure"),
                afterMethod));
        assertThrows(ProviderException.class, () -> interpret(400, Json.createObjectBuilder()
                .add("error", "verification failed").build(), afterMethod), "the words alone are not the shape");
    }

    @Test
    void theCardCarriesACscOnlyWhenTheMerchantGaveOne() {
        JsonObject without = sent(IntergiroWire.card(new Card("4111111111111111", 2, 2022, null, null), null, null))
                .asJsonObject();
        assertEquals(Set.of("pan", "expires"), without.keySet());
        JsonObject with = sent(IntergiroWire.card(new Card("4111111111111111", 2, 2022, null, "987"), null, null))
                .asJsonObject();
        assertEquals("987", with.getString("csc"));
    }

    @Test
    void amountsAreSentInMajorUnits() {
        assertEquals(new BigDecimal("10"), IntergiroWire.majorUnits(new Amount(1000, "EUR")));
        assertEquals(new BigDecimal("7.5"), IntergiroWire.majorUnits(new Amount(750, "EUR")));
        assertEquals(new BigDecimal("1000"), IntergiroWire.majorUnits(new Amount(1000, "JPY")));
    }

    private static NewAuthentication held(String securityCode) {
        return new NewAuthentication("order-1", new Amount(1000, "EUR"),
                new Card("4111111111111111", 2, 2030, "Jane Doe", securityCode), "intergiro", null, null,
                new BrowserInfo("text/html", "Mozilla/5.0", "192.0.2.10", "en-US", 24, 1080, 1920, -60, false, true),
                "NO_PREFERENCE", "https://shop.example/done");
    }

    private static JsonObject visible(JsonObject error, boolean visible) {
        return withDetails(error, details(error).add("visible", visible));
    }

    private static JsonObject withoutVisible(JsonObject error) {
        return withDetails(error, details(error).remove("visible"));
    }

    private static JsonObjectBuilder details(JsonObject error) {
        return Json.createObjectBuilder(error.getJsonObject("content").getJsonObject("details"));
    }

    private static JsonObject withDetails(JsonObject error, JsonObjectBuilder details) {
        return Json.createObjectBuilder(error).add("content", Json.createObjectBuilder(error.getJsonObject("content"))
                .add("details", details)).build();
    }

    /** An error in the shape the seed documents (001:19-39), about {@code property}, saying {@code words}. */
    private static JsonObject seedShapedError(String property, String words) {
        return Json.createObjectBuilder().add("status", 400).add("type", "malformed content")
                .add("content", Json.createObjectBuilder().add("property", property)
                        .add("type", "Card.Creatable | Card.Token").add("description", words))
                .add("error", words).add("id", "g44QVj3iQXiElrUa").build();
    }

    private static String deflatedXml(String xml) {
        Deflater deflater = new Deflater();
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer, length));
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static ProviderResult interpret(int status, JsonObject answer, Map<String, String> refs) {
        return IntergiroWire.interpret(status, answer(answer), refs, CALLBACK, "VISA", 1000, "EUR");
    }

    /** An answer as the provider reads it: bound to intergiro's record. */
    static IntergiroWire.AuthorizationAnswer answer(JsonObject json) {
        return ProviderJson.read(json.toString(), IntergiroWire.AuthorizationAnswer.class);
    }

    /** A request record, or a part of one, as it is sent. */
    static JsonValue sent(Object wire) {
        try (JsonReader reader = Json.createReader(new StringReader(ProviderJson.write(wire)))) {
            return reader.readValue();
        }
    }

    /** A form field of base64url JSON, as the ACS reads it. */
    private static JsonObject decoded(String field) {
        return read(new String(Base64.getUrlDecoder().decode(field), StandardCharsets.UTF_8));
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
