package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.intergiro.Fixture.cycleId;
import static io.threeds.sandbox.intergiro.Fixture.data;
import static io.threeds.sandbox.intergiro.Fixture.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The authorization endpoint's answers, with the ACS's decisions recorded directly on the cycles. */
class AuthorizationsTest {
    /** 001:262. */
    private static final String SEED_PARES = "eyJhbW91bnQiOiIyMDAwMCIsImN1cnJlbmN5IjoiRVVSIiwibWVyY2hhbnRfaWQiOiIwMDAwMDgx"
            + "MDMwMDAxMTEiLCJsYXN0NCI6IjExMTEiLCJlY2kiOiIyIiwiY2F2diI6IiIsImNhdnZfYWxnb3JpdGhtIjoidGVzdCIsInhpZCI6Ik1EQXdNR"
            + "EF3TURBd01EQXdNREF3T0RVNE5UWT0iLCJzdGF0dXMiOiJZIn0";
    private final Fixture sandbox = new Fixture();

    @Test
    void asksForTheMethodFirstExactlyAsTheSeedShows() {
        ApiAnswer answer = sandbox.post("4000000000002701");
        assertEquals(400, answer.status());
        JsonObject body = answer.body();
        assertEquals(List.of("status", "type", "error", "id", "content"), List.copyOf(body.keySet()));
        assertEquals(400, body.getInt("status"));
        assertEquals("malformed content", body.getString("type"));
        assertEquals("verification required", body.getString("error"));
        assertTrue(body.getString("id").matches(Fixture.ID_PATTERN), body.getString("id"));
        JsonObject content = body.getJsonObject("content");
        assertEquals("card", content.getString("property"));
        assertEquals("Card.Creatable | Card.Token", content.getString("type"));
        assertEquals("verification required", content.getString("description"));
        JsonObject details = content.getJsonObject("details");
        assertFalse(details.getBoolean("visible"));
        assertEquals("POST", details.getString("method"));
        assertEquals("http://localhost:9382/sandbox/intergiro/3dsmethod", details.getString("url"));
        JsonObject data = details.getJsonObject("data");
        assertEquals(List.of("type", "threeDSServerTransID", "messageVersion"), List.copyOf(data.keySet()));
        assertEquals("method", data.getString("type"));
        assertTrue(data.getString("threeDSServerTransID").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals("2.2.0", data.getString("messageVersion"));
    }

    @Test
    void authorizesAfterTheMethodWithTheAuthorizationObject() {
        ApiAnswer answer = sandbox.afterMethod("4000000000002701");
        assertEquals(201, answer.status());
        JsonObject body = answer.body();
        assertEquals(List.of("id", "number", "merchant", "amount", "currency", "created", "reference", "card", "status",
                "history", "change", "capture", "refund"), List.copyOf(body.keySet()));
        assertTrue(body.getString("id").matches(Fixture.ID_PATTERN));
        assertEquals("order-1", body.getString("number"));
        assertEquals("sandbox", body.getString("merchant"));
        assertEquals(10, body.getInt("amount"));
        assertEquals("EUR", body.getString("currency"));
        assertEquals("2026-03-01T10:15:30.123Z", body.getString("created"));
        assertTrue(body.getString("reference").matches("\\d{12}"));
        assertEquals(Json.createObjectBuilder().add("csc", "matched").add("expires", Json.createArrayBuilder().add(2).add(30))
                .add("iin", "400000").add("last4", "2701").add("scheme", "visa").add("type", "credit").build(),
                body.getJsonObject("card"));
        assertEquals("authorized", body.getString("status"));
        for (String list : List.of("history", "change", "capture", "refund")) {
            assertTrue(body.getJsonArray(list).isEmpty(), list);
        }
    }

    @Test
    void authorizesACardWithoutSecurityCodeAndShowsNoCscMatch() {
        ApiAnswer method = sandbox.post(Fixture.request("4000000000002701")
                .add("card", Fixture.card("4000000000002701").remove("csc")).build());
        ApiAnswer answer = sandbox.post(Fixture.request("4000000000002701").add("id", cycleId(method))
                .add("card", Fixture.card("4000000000002701").remove("csc").add("verification",
                        Fixture.method(data(method).getString("threeDSServerTransID")))).build());
        assertEquals(201, answer.status(), answer.body().toString());
        assertFalse(answer.body().getJsonObject("card").containsKey("csc"));
        assertEquals("2701", answer.body().getJsonObject("card").getString("last4"));
    }

    @Test
    void echoesTheAmountInMajorUnits() {
        ApiAnswer method = sandbox.post(Fixture.request("4000000000002701").add("amount", 7.5).build());
        ApiAnswer answer = sandbox.post(Fixture.request("4000000000002701").add("amount", 7.50).add("id", cycleId(method))
                .add("card", Fixture.card("4000000000002701").add("verification",
                        Fixture.method(data(method).getString("threeDSServerTransID")))).build());
        assertEquals(201, answer.status());
        assertEquals("7.5", answer.body().getJsonNumber("amount").toString());
    }

    @Test
    void takesMethodDataWithExactlyTheSeedsTwoMembers() {
        ApiAnswer method = sandbox.post("4000100000000000");
        String transaction = data(method).getString("threeDSServerTransID");
        assertInvalidVerification(sandbox.rePost("4000100000000000", cycleId(method), methodData(Json.createObjectBuilder()
                .add("threeDSServerTransID", transaction).add("messageVersion", "2.2.0").add("threeDSCompInd", "N"))));
        assertInvalidVerification(sandbox.rePost("4000100000000000", cycleId(method), methodData(Json.createObjectBuilder()
                .add("threeDSServerTransID", transaction))));
        assertInvalidVerification(sandbox.rePost("4000100000000000", cycleId(method), methodData(Json.createObjectBuilder()
                .add("threeDSServerTransID", transaction).add("messageVersion", "2.1.0"))), "001:82: the error's version");
        assertEquals(201, sandbox.rePost("4000100000000000", cycleId(method), Fixture.method(transaction)).status());
    }

    @Test
    void refusesAReRequestThatLeavesOutOrChangesAFieldOfThePreviousCall() {
        JsonObject browser = Json.createObjectBuilder().add("colorDepth", 24).add("ip", "192.0.2.10").build();
        ApiAnswer method = sandbox.post(Fixture.request("4111111111111111").add("browser", browser).build());
        JsonObject verification = Fixture.method(data(method).getString("threeDSServerTransID"));
        JsonObjectBuilder again = Fixture.request("4111111111111111").add("id", cycleId(method))
                .add("card", Fixture.card("4111111111111111").add("verification", verification));
        assertMalformed("browser", sandbox.post(again.build()));
        assertMalformed("browser", sandbox.post(Fixture.request("4111111111111111").add("id", cycleId(method))
                .add("browser", Json.createObjectBuilder(browser).add("ip", "192.0.2.99"))
                .add("card", Fixture.card("4111111111111111").add("verification", verification)).build()));
        assertMalformed("client", sandbox.post(Fixture.request("4111111111111111").add("id", cycleId(method))
                .add("browser", browser).add("client", Json.createObjectBuilder().add("callback", "https://other.example/"))
                .add("card", Fixture.card("4111111111111111").add("verification", verification)).build()));
        ApiAnswer challenge = sandbox.post(Fixture.request("4111111111111111").add("id", cycleId(method))
                .add("browser", browser).add("somethingNew", 1)
                .add("card", Fixture.card("4111111111111111").add("verification", verification)).build());
        assertEquals("challenge", data(challenge).getString("type"), "every field repeated, one added: taken");
    }

    @Test
    void refusesAReRequestWhoseCardIsNotThePreviousCallsUpdated() {
        ApiAnswer method = sandbox.post("4111111111111111");
        JsonObject verification = Fixture.method(data(method).getString("threeDSServerTransID"));
        assertInvalidVerification(sandbox.rePostCard(cycleId(method), Fixture.card("4111111111111111").remove("csc")
                .add("verification", verification)));
        assertInvalidVerification(sandbox.rePostCard(cycleId(method), Fixture.card("4111111111111111").add("csc", "123")
                .add("verification", verification)));
        assertInvalidVerification(sandbox.rePostCard(cycleId(method), Fixture.card("4111111111111111")
                .add("expires", Json.createArrayBuilder().add(3).add(30)).add("verification", verification)));
        assertEquals("challenge", data(sandbox.rePostCard(cycleId(method), Fixture.card("4111111111111111")
                .add("verification", verification))).getString("type"));
    }

    @Test
    void asksForTheChallengeInTheSameCycleAfterTheMethod() {
        ApiAnswer method = sandbox.post("4111111111111111");
        ApiAnswer challenge = sandbox.rePost("4111111111111111", cycleId(method),
                Fixture.method(data(method).getString("threeDSServerTransID")));
        assertEquals(400, challenge.status());
        assertEquals("verification required", challenge.body().getString("error"));
        assertEquals(cycleId(method), cycleId(challenge));
        assertTrue(details(challenge).getBoolean("visible"));
        assertEquals("POST", details(challenge).getString("method"));
        assertEquals("http://localhost:9382/sandbox/intergiro/browser/challenge/manual", details(challenge).getString("url"));
        JsonObject data = data(challenge);
        assertEquals(List.of("type", "threeDSServerTransID", "acsTransID", "messageVersion", "messageType",
                "challengeWindowSize"), List.copyOf(data.keySet()));
        assertEquals("challenge", data.getString("type"));
        assertEquals(data(method).getString("threeDSServerTransID"), data.getString("threeDSServerTransID"));
        assertEquals("2.2.0", data.getString("messageVersion"));
        assertEquals("CReq", data.getString("messageType"));
        assertEquals("01", data.getString("challengeWindowSize"));
    }

    @Test
    void hidesTheChallengesTheIssuerDecidesWithoutTheShopper() {
        for (String card : List.of("4000000000002719", "4000000000002925", "4000000000002313", "4000000000002537")) {
            assertFalse(details(sandbox.afterMethod(card)).getBoolean("visible"), card + ": no interaction (001:9)");
        }
        assertTrue(details(sandbox.afterMethod("4000000000002503")).getBoolean("visible"));
    }

    @Test
    void endsTheChallengeWithTheResultTheAcsDecided() {
        assertEquals(201, challengeDecided("4000000000002503", TransStatus.Y).status());
        assertEquals(201, challengeDecided("4000000000002719", TransStatus.A).status());
        for (TransStatus failed : List.of(TransStatus.N, TransStatus.U, TransStatus.R)) {
            ApiAnswer answer = challengeDecided("4000000000002503", failed);
            assertEquals(400, answer.status());
            assertEquals(Json.createObjectBuilder().add("status", 400).add("type", "malformed content")
                    .add("content", Json.createObjectBuilder().add("property", "card")
                            .add("type", "Card.Creatable | Card.Token")
                            .add("description", "3-D Secure did not authenticate the cardholder"))
                    .add("error", "authentication failed").add("id", lastCycle.id()).build(), answer.body(),
                    "the seed's error shape (001:19-39), with the cycle's id");
            assertEquals(List.of("status", "type", "content", "error", "id"), List.copyOf(answer.body().keySet()));
        }
    }

    @Test
    void refusesACresTheAcsDidNotSend() {
        ApiAnswer challenge = sandbox.afterMethod("4000000000002925");
        Cycle cycle = sandbox.cycle(challenge);
        String forged = CRes.of(cycle.ids(), TransStatus.Y).encoded();
        assertInvalidVerification(sandbox.rePost("4000000000002925", cycle.id(), Fixture.challenge(forged)));
        sandbox.cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> TransStatus.N);
        assertInvalidVerification(sandbox.rePost("4000000000002925", cycle.id(), Fixture.challenge(forged)));
        ApiAnswer failed = sandbox.rePost("4000000000002925", cycle.id(),
                Fixture.challenge(CRes.of(cycle.ids(), TransStatus.N).encoded()));
        assertEquals(VerificationFailed.ERROR, failed.body().getString("error"));
    }

    @Test
    void refusesACresForAnotherTransaction() {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod("4000000000002503"));
        sandbox.cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> TransStatus.Y);
        TransactionIds other = TransactionIds.random();
        assertInvalidVerification(sandbox.rePost("4000000000002503", cycle.id(),
                Fixture.challenge(CRes.of(other, TransStatus.Y).encoded())));
        assertInvalidVerification(sandbox.rePost("4000000000002503", cycle.id(), Fixture.challenge("not a cres")));
        assertInvalidVerification(sandbox.rePost("4000000000002503", cycle.id(),
                Fixture.challenge(Base64UrlJsonTest.SEED_CRES)));
        assertEquals(201, sandbox.rePost("4000000000002503", cycle.id(),
                Fixture.challenge(CRes.of(cycle.ids(), TransStatus.Y).encoded())).status());
    }

    @Test
    void refusesAVerificationThatDoesNotAnswerThePendingStep() {
        ApiAnswer method = sandbox.post("4000000000002503");
        String id = cycleId(method);
        String transaction = data(method).getString("threeDSServerTransID");
        assertInvalidVerification(sandbox.rePost("4000000000002503", id, Fixture.challenge("x")));
        assertInvalidVerification(sandbox.rePost("4000000000002503", id, Fixture.method("29673dd1-d33e-40fe-be64-5c68b490904c")));
        assertInvalidVerification(sandbox.rePost("4000000000002503", id,
                Json.createObjectBuilder().add("type", "method").add("data", transaction).build()));
        assertInvalidVerification(sandbox.post(Fixture.request("4000000000002503").add("id", id).build()));
        assertInvalidVerification(sandbox.rePost("4000000000002701", id, Fixture.method(transaction)));
        assertInvalidVerification(sandbox.rePostToken(id, "eyJ.eyJ.sig"));
        ApiAnswer challenge = sandbox.rePost("4000000000002503", id, Fixture.method(transaction));
        assertEquals("challenge", data(challenge).getString("type"), "the refused rounds left the method pending");
        assertInvalidVerification(sandbox.rePost("4000000000002503", id, Fixture.method(transaction)));
    }

    @Test
    void refusesUnknownForeignAndFinishedIds() {
        assertInvalidId(sandbox.rePost("4000000000002701", "g44QVj3iQXiElrUa", Fixture.method("x")));
        ApiAnswer method = sandbox.post("4000000000002701");
        String transaction = data(method).getString("threeDSServerTransID");
        assertInvalidId(sandbox.post(Fixture.request("4000000000002701").add("number", "order-2").add("id", cycleId(method))
                .add("card", Fixture.card("4000000000002701").add("verification", Fixture.method(transaction))).build()));
        assertEquals(201, sandbox.rePost("4000000000002701", cycleId(method), Fixture.method(transaction)).status());
        assertInvalidId(sandbox.rePost("4000000000002701", cycleId(method), Fixture.method(transaction)));
    }

    @Test
    void refusesAFailedCycleAfterItsEnd() {
        ApiAnswer failed = challengeDecided("4000000000002370", TransStatus.N);
        assertEquals(VerificationFailed.ERROR, failed.body().getString("error"));
        Cycle cycle = sandbox.now(lastCycle);
        assertEquals(Cycle.State.FAILED, cycle.state());
        assertInvalidId(sandbox.rePost("4000000000002370", cycle.id(),
                Fixture.challenge(CRes.of(cycle.ids(), TransStatus.N).encoded())));
    }

    @Test
    void refusesAnotherPurchaseInTheSameCycle() {
        ApiAnswer method = sandbox.post("4000000000002701");
        ApiAnswer answer = sandbox.post(Fixture.request("4000000000002701").add("amount", 11).add("id", cycleId(method))
                .add("card", Fixture.card("4000000000002701").add("verification",
                        Fixture.method(data(method).getString("threeDSServerTransID")))).build());
        assertEquals("amount", answer.body().getJsonObject("content").getString("property"));
    }

    @Test
    void authorizesWithoutVerificationWhenTheIssuerCannotAuthenticate() {
        for (String card : List.of("4000000000002446", "4000000000002990", "4000000000002560")) {
            ApiAnswer answer = sandbox.post(card);
            assertEquals(201, answer.status(), card);
            assertEquals(card.substring(12), answer.body().getJsonObject("card").getString("last4"));
        }
    }

    @Test
    void givesMastercardTwinsTheirScheme() {
        ApiAnswer answer = sandbox.afterMethod("5200000000052701");
        assertEquals("mastercard", answer.body().getJsonObject("card").getString("scheme"));
        assertEquals("520000", answer.body().getJsonObject("card").getString("iin"));
        assertEquals("unknown", sandbox.afterMethod("6011000000000004").body().getJsonObject("card").getString("scheme"));
    }

    @Test
    void asksThreeDSecure1CardsForAPaReqConsistentWithTheRequest() {
        ApiAnswer answer = sandbox.post(Fixture.request("4000000000000002").add("amount", 404.2).build());
        assertEquals("verification required", answer.body().getString("error"));
        JsonObject details = details(answer);
        assertTrue(details.getBoolean("visible"));
        assertEquals("POST", details.getString("method"));
        assertEquals("http://localhost:9382/sandbox/intergiro/v1/ch3d1sim/acs", details.getString("url"));
        JsonObject data = details.getJsonObject("data");
        assertEquals(List.of("PaReq", "TermUrl", "MD"), List.copyOf(data.keySet()));
        assertEquals(Fixture.CALLBACK, data.getString("TermUrl"));
        Cycle cycle = sandbox.cycle(answer);
        assertEquals(cycle.ids().md(), data.getString("MD"));
        RequestBody paReq = Base64UrlJson.decode(data.getString("PaReq")).orElseThrow();
        assertEquals("4000000000000002", paReq.text("PAN").orElseThrow());
        assertEquals("3002", paReq.text("expiry").orElseThrow());
        assertEquals("40420", paReq.text("purchAmount").orElseThrow());
        assertEquals("EUR", paReq.text("currency").orElseThrow());
        assertEquals(cycle.ids().xid(), paReq.text("xid").orElseThrow());
    }

    @Test
    void endsThreeDSecure1WithThePaResTheAcsDecided() {
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000000002"));
        assertInvalidVerification(sandbox.rePost("4000000000000002", cycle.id(),
                Fixture.pares(PaRes.of(cycle, TransStatus.Y, Fixture.NOW).encoded())));
        Cycle decided = sandbox.cycles.decide(cycle.id(), VerificationStep.PARES, pending -> TransStatus.Y).orElseThrow();
        assertInvalidVerification(sandbox.rePost("4000000000000002", cycle.id(),
                Fixture.pares(PaRes.of(decided, TransStatus.N, Fixture.NOW).encoded())));
        assertInvalidVerification(sandbox.rePost("4000000000000002", cycle.id(), Fixture.challenge(
                CRes.of(cycle.ids(), TransStatus.Y).encoded())));
        assertInvalidVerification(sandbox.rePost("4000000000000002", cycle.id(), Fixture.pares(SEED_PARES)),
                "the seed's JSON PaRes of Intergiro's 3DS1 simulator is no real ACS's");
        assertEquals(201, sandbox.rePost("4000000000000002", cycle.id(),
                Fixture.pares(PaRes.of(decided, TransStatus.Y, Fixture.NOW).encoded())).status());
    }

    @Test
    void sendsAntifraudCardsToTheRedirectorByGet() {
        ApiAnswer answer = sandbox.post("4000000000010001");
        JsonObject details = details(answer);
        assertEquals(List.of("visible", "method", "url"), List.copyOf(details.keySet()));
        assertFalse(details.getBoolean("visible"));
        assertEquals("GET", details.getString("method"));
        URI url = URI.create(details.getString("url"));
        assertEquals("http://localhost:9382/sandbox/intergiro/v1/verification/redirect",
                url.getScheme() + "://" + url.getAuthority() + url.getPath());
        Map<String, String> query = Stream.of(url.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        assertEquals(List.of("target", "origin", "v"), List.of(url.getRawQuery().replaceAll("=[^&]*", "").split("&")));
        Cycle cycle = sandbox.cycle(answer);
        assertEquals("http://localhost:9382/sandbox/intergiro/3ds/" + cycle.ids().threeDSServerTransID(), query.get("target"));
        assertEquals(Fixture.CALLBACK, query.get("origin"));
        assertEquals("2.2.0", query.get("v"));
    }

    @Test
    void authorizesAntifraudCardsOnTheirOwnTokenForEveryLaterRound() {
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000010001"));
        Cycle other = sandbox.cycle(sandbox.post("4000000000010001"));
        String token = sandbox.tokens.issue(cycle, JsonObject.EMPTY_JSON_OBJECT, Fixture.NOW);
        assertInvalidVerification(sandbox.rePostToken(cycle.id(), sandbox.tokens.issue(other, JsonObject.EMPTY_JSON_OBJECT, Fixture.NOW)));
        assertInvalidVerification(sandbox.rePostToken(cycle.id(), new CardTokens().issue(cycle, JsonObject.EMPTY_JSON_OBJECT, Fixture.NOW)));
        assertInvalidVerification(sandbox.rePostToken(cycle.id(), token.substring(0, token.length() - 3) + "AAA"));
        assertInvalidVerification(sandbox.rePost("4000000000010001", cycle.id(), Fixture.method("x")));
        ApiAnswer method = sandbox.rePostToken(cycle.id(), token);
        assertEquals("method", data(method).getString("type"), "then the method, in the same cycle");
        assertEquals(cycle.id(), cycleId(method));
        JsonObject verification = Fixture.method(data(method).getString("threeDSServerTransID"));
        assertInvalidVerification(sandbox.rePost("4000000000010001", cycle.id(), verification),
                "001:317-323: the token, not the card object, for every later round");
        assertInvalidVerification(sandbox.rePostToken(cycle.id(), sandbox.tokens.issue(cycle,
                Json.createObjectBuilder().add("ip", "192.0.2.1").build(), Fixture.NOW), verification), "another token");
        ApiAnswer authorized = sandbox.rePostToken(cycle.id(), token, verification);
        assertEquals(201, authorized.status(), authorized.body().toString());
        assertEquals("0001", authorized.body().getJsonObject("card").getString("last4"));
        assertInvalidId(sandbox.rePostToken(cycle.id(), token, verification));
    }

    @Test
    void refusesACardTokenToOpenACycle() {
        ApiAnswer answer = sandbox.post(Fixture.request("x").add("card", "eyJ.eyJ.sig").build());
        assertEquals("card", answer.body().getJsonObject("content").getString("property"));
    }

    @Test
    void refusesABodyThatIsNoJsonObject() {
        for (String body : new String[] {"", "[]", "{", "nonsense"}) {
            ApiAnswer answer = sandbox.authorizations.post(body, Fixture.BASE, Fixture.NOW);
            assertEquals(400, answer.status());
            assertEquals("body", answer.body().getJsonObject("content").getString("property"));
        }
    }

    @Test
    void answersTheSlowCardsFirstPostLateThenAsAFrictionlessCard() {
        sandbox.authorizations.slowAnswerMs = 300;
        long start = System.nanoTime();
        ApiAnswer method = sandbox.post("4000000000002354");
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        assertEquals("method", data(method).getString("type"));
        start = System.nanoTime();
        assertEquals(201, sandbox.rePost("4000000000002354", cycleId(method),
                Fixture.method(data(method).getString("threeDSServerTransID"))).status());
        assertTrue(System.nanoTime() - start < 300_000_000L);
    }

    @Test
    void keepsOneCycleIdAndOneTransactionForEveryRound() {
        ApiAnswer method = sandbox.post("5200000000052503");
        ApiAnswer challenge = sandbox.rePost("5200000000052503", cycleId(method),
                Fixture.method(data(method).getString("threeDSServerTransID")));
        assertEquals(cycleId(method), cycleId(challenge));
        assertEquals(data(method).getString("threeDSServerTransID"), data(challenge).getString("threeDSServerTransID"));
        assertNotEquals(cycleId(method), cycleId(sandbox.post("5200000000052503")));
    }

    private Cycle lastCycle;

    /** Method, challenge, the ACS's result recorded as its page would, then the re-POST with that CRes. */
    private ApiAnswer challengeDecided(String pan, TransStatus result) {
        Cycle cycle = sandbox.cycle(sandbox.afterMethod(pan));
        lastCycle = cycle;
        assertTrue(cycle.awaits(VerificationStep.CHALLENGE));
        sandbox.cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> result).orElseThrow();
        return sandbox.rePost(pan, cycle.id(), Fixture.challenge(CRes.of(cycle.ids(), result).encoded()));
    }

    private static JsonObject methodData(JsonObjectBuilder data) {
        return Json.createObjectBuilder().add("type", "method").add("data", data).build();
    }

    private static void assertMalformed(String property, ApiAnswer answer) {
        assertEquals(400, answer.status(), answer.body().toString());
        assertEquals("malformed content", answer.body().getString("type"));
        assertEquals(property, answer.body().getJsonObject("content").getString("property"), answer.body().toString());
    }

    private static void assertInvalidVerification(ApiAnswer answer, String why) {
        assertEquals("verification invalid", answer.body().getString("error"), why + ": " + answer.body());
        assertInvalidVerification(answer);
    }

    private static void assertInvalidVerification(ApiAnswer answer) {
        assertEquals(400, answer.status(), answer.body().toString());
        assertEquals("verification invalid", answer.body().getString("error"), answer.body().toString());
        assertEquals("card", answer.body().getJsonObject("content").getString("property"));
        assertFalse(answer.body().getJsonObject("content").getString("description").isBlank());
    }

    private static void assertInvalidId(ApiAnswer answer) {
        assertEquals(Json.createObjectBuilder().add("status", 400).add("type", "malformed content").add("error", "invalid id")
                .add("content", Json.createObjectBuilder().add("property", "id")
                        .add("description", "unknown or finished authorization cycle")).build(), answer.body());
    }
}
