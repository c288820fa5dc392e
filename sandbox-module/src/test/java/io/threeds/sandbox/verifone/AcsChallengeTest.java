package io.threeds.sandbox.verifone;

import io.threeds.sandbox.HmacJwt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardBrand;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AcsChallengeTest {
    private static final Pattern RESULT = Pattern.compile(
            "<script type=\"application/json\" id=\"cardinal-result\">(.*?)</script>", Pattern.DOTALL);
    private final Simulator simulator = new Simulator();

    private static JsonObject result(AcsPage page) {
        assertEquals(200, page.status(), page.html());
        Matcher block = RESULT.matcher(page.html());
        assertTrue(block.find(), page.html());
        try (JsonReader reader = Json.createReader(new StringReader(block.group(1)))) {
            return reader.readObject();
        }
    }

    @Test
    void theCodePageIsAFormAHeadlessBrowserCanDrive() {
        JsonObject lookup = simulator.lookup("4000000000002503").body();
        AcsPage page = simulator.acs.open(lookup.getString("payload"), lookup.getString("transaction_id"),
                "/sandbox/verifone/acs/challenge/answer");
        assertEquals(200, page.status());
        String html = page.html();
        assertTrue(html.contains("<form method=\"post\" action=\"/sandbox/verifone/acs/challenge/answer\">"));
        assertTrue(html.contains("<label for=\"otp\">One-time code</label>"));
        assertTrue(html.contains("name=\"otp\""));
        assertTrue(html.contains("<button type=\"submit\" name=\"action\" value=\"submit\">"));
        assertTrue(html.contains("<button type=\"submit\" name=\"action\" value=\"cancel\">"));
        assertTrue(html.contains("name=\"TransactionId\" value=\"" + lookup.getString("transaction_id") + "\""));
        assertTrue(html.contains("10.00"));
        assertTrue(html.contains("************2503"));
    }

    @Test
    void theCodePageRefusesAForeignCReq() {
        JsonObject lookup = simulator.lookup("4000000000002503").body();
        String other = simulator.lookup("4000000000002503").body().getString("payload");
        assertEquals(400, simulator.acs.open(other, lookup.getString("transaction_id"), "/a").status());
        assertEquals(400, simulator.acs.open(lookup.getString("payload"), "unknown", "/a").status());
    }

    @Test
    void theRightCodeAuthenticates() {
        JsonObject document = result(simulator.challenge("4111111111111111", "submit", "1234"));
        assertEquals("cardinal.validated", document.getString("MessageType"));
        JsonObject data = document.getJsonObject("data");
        assertTrue(data.getBoolean("Validated"));
        assertEquals("SUCCESS", data.getString("ActionCode"));
        assertEquals(0, data.getInt("ErrorNumber"));
        JsonObject payment = data.getJsonObject("Payment");
        assertEquals("CCA", payment.getString("Type"));
        JsonObject extended = payment.getJsonObject("ExtendedData");
        assertEquals("1000", extended.getString("Amount"));
        assertEquals("978", extended.getString("CurrencyCode"));
        assertEquals("05", extended.getString("ECIFlag"));
        assertEquals("Y", extended.getString("PAResStatus"));
        assertEquals("Y", extended.getString("SignatureVerification"));
        assertEquals("2.2.0", extended.getString("ThreeDSVersion"));
        assertEquals(28, extended.getString("CAVV").length());
        assertEquals(extended, data.getJsonObject("ExtendedData"));
        assertEquals("CCA", data.getString("Type"));
        assertEquals(payment.getString("ProcessorTransactionId"), data.getString("ProcessorTransactionId"));
        JsonObject claims = new HmacJwt(Simulator.SECRET).verify(document.getString("jwt"), Simulator.NOW).orElseThrow();
        assertEquals(data, claims.getJsonObject("Payload"));
        assertEquals(Simulator.CONTRACT, claims.getString("aud"));
        assertTrue(claims.containsKey("jti") && claims.containsKey("iat") && claims.containsKey("iss"));
    }

    @Test
    void theProcessorTransactionIdIsTheLookupsAndTheResultIsKept() {
        JsonObject lookup = simulator.lookup("4000000000002503").body();
        String transactionId = lookup.getString("transaction_id");
        AcsPage page = simulator.acs.answer(transactionId, "1234", "submit", Simulator.NOW);
        assertEquals(transactionId, result(page).getJsonObject("data").getString("ProcessorTransactionId"));
        assertEquals(result(page), simulator.acs.result(transactionId).orElseThrow().document());
        AcsPage second = simulator.acs.answer(transactionId, "0000", "submit", Simulator.NOW);
        assertEquals(400, second.status());
        assertEquals("Y", simulator.acs.result(transactionId).orElseThrow().data().getJsonObject("ExtendedData")
                .getString("PAResStatus"));
    }

    @Test
    void anotherCodeFails() {
        JsonObject data = result(simulator.challenge("4000000000002503", "submit", "9999")).getJsonObject("data");
        assertEquals("FAILURE", data.getString("ActionCode"));
        assertEquals("N", data.getJsonObject("ExtendedData").getString("PAResStatus"));
        assertEquals("07", data.getJsonObject("ExtendedData").getString("ECIFlag"));
        assertFalse(data.getJsonObject("ExtendedData").containsKey("CAVV"));
    }

    @Test
    void theExitButtonIsCanceledByUser() {
        JsonObject data = result(simulator.challenge("4000000000002503", "cancel", "")).getJsonObject("data");
        assertEquals("FAILURE", data.getString("ActionCode"));
        assertEquals(10011, data.getInt("ErrorNumber"));
        assertEquals("Canceled by user", data.getString("ErrorDescription"));
        assertFalse(data.getBoolean("Validated"));
    }

    @Test
    void theFailingAndUnavailableCardsIgnoreTheCode() {
        JsonObject failing = result(simulator.challenge("4000000000002370", "submit", "1234")).getJsonObject("data");
        assertEquals("FAILURE", failing.getString("ActionCode"));
        assertEquals("N", failing.getJsonObject("ExtendedData").getString("PAResStatus"));
        JsonObject unavailable = result(simulator.challenge("4000000000002420", "submit", "1234")).getJsonObject("data");
        assertEquals("NOACTION", unavailable.getString("ActionCode"));
        assertEquals("U", unavailable.getJsonObject("ExtendedData").getString("PAResStatus"));
    }

    @Test
    void mastercardEcis() {
        JsonObject success = result(simulator.challenge("5200000000052503", "submit", "1234")).getJsonObject("data");
        assertEquals("02", success.getJsonObject("ExtendedData").getString("ECIFlag"));
        assertEquals("00", ChallengeOutcome.failed(CardBrand.MASTERCARD).eciFlag());
    }

    @Test
    void theResultBlockCannotBeClosedByAValue() {
        Challenge challenge = new Challenge("T</script><b>&", VerifoneScenario.CHALLENGE, CardBrand.VISA, "****1111",
                1000, "978", "a", "d", "c", null);
        JsonObject data = AcsChallenge.validatedData(challenge, ChallengeOutcome.failed(CardBrand.VISA));
        String html = AcsPages.result(new ValidatedEvent(data, "jwt"));
        assertFalse(html.contains("T</script>"));
        assertTrue(html.contains("T\\u003c/script\\u003e\\u003cb\\u003e\\u0026"));
        try (JsonReader reader = Json.createReader(new StringReader(AcsPages.scriptJson(data.toString())))) {
            assertEquals(data, reader.readObject());
        }
    }

    @Test
    void theCodePageEscapesWhatItShows() {
        Challenge challenge = new Challenge("\"><script>x</script>", VerifoneScenario.CHALLENGE, CardBrand.VISA,
                "<i>1111</i>", 1000, "978", "a", "d", "c", null);
        String html = AcsPages.code(challenge, "/answer?a=1&b=\"2\"", "creq\"<");
        assertFalse(html.contains("<script>x"));
        assertFalse(html.contains("<i>1111"));
        assertTrue(html.contains("&quot;&gt;&lt;script&gt;"));
        assertTrue(html.contains("action=\"/answer?a=1&amp;b=&quot;2&quot;\""));
    }
}
