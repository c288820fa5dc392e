package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The step-up page and its answer, then validate: the browser leg of §3.4 steps 4d to 6. */
class StepUpChallengeTest {
    private static final String ANSWER_PATH = "/sandbox/firstoken/V2/Cruise/StepUp/answer";
    private static final String MD = "a1b2c3d4-gateway-authentication";
    private final Simulator simulator = new Simulator();

    @Test
    void showsTheCodeFormWithTheTokenAndMd() {
        JsonObject enrolled = Simulator.auth(simulator.enroll("4000000000002503"));
        String jwt = enrolled.getString("access_token");
        HtmlAnswer page = simulator.stepUpChallenge.open(jwt, MD, ANSWER_PATH, Simulator.NOW);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("<form method=\"post\" action=\"" + ANSWER_PATH + "\">"));
        assertTrue(page.html().contains("<input type=\"hidden\" name=\"JWT\" value=\"" + jwt + "\">"));
        assertTrue(page.html().contains("<input type=\"hidden\" name=\"MD\" value=\"" + MD + "\">"));
        assertTrue(page.html().contains("<label for=\"otp\">One-time code</label>"));
        assertTrue(page.html().contains("name=\"otp\""));
        assertTrue(page.html().contains("<button type=\"submit\" name=\"action\" value=\"submit\">"));
        assertTrue(page.html().contains("<button type=\"submit\" name=\"action\" value=\"cancel\">"));
        assertTrue(page.html().contains("1000.00 MXN"), "the seed's \"1000\" MXN, in major units");
        assertTrue(page.html().contains("************2503"));
    }

    @Test
    void correctCodeGoesBackToTheMerchantAndValidatesY() {
        JsonObject enrolled = Simulator.auth(simulator.enroll("4000000000002503"));
        String transactionId = enrolled.getString("authentication_transaction_id");
        HtmlAnswer back = simulator.stepUpChallenge.answer(enrolled.getString("access_token"), MD, "1234", "submit",
                Simulator.NOW);
        assertEquals(200, back.status());
        assertTrue(back.html().contains("<form id=\"return\" method=\"post\" action=\"https://merchant.com/returnUrl\">"));
        assertTrue(back.html().contains("<input type=\"hidden\" name=\"TransactionId\" value=\"" + transactionId + "\">"));
        assertTrue(back.html().contains("<input type=\"hidden\" name=\"MD\" value=\"" + MD + "\">"));
        assertTrue(back.html().contains("<button type=\"submit\">Continue</button>"));
        assertTrue(back.html().contains("document.getElementById(\"return\").submit();"));
        assertEquals("Y", validated(transactionId).getString("pares_status"));
    }

    @Test
    void wrongCodeValidatesNAndCancelU() {
        JsonObject wrong = Simulator.auth(simulator.enroll("4000000000002503"));
        simulator.stepUpChallenge.answer(wrong.getString("access_token"), null, "0000", "submit", Simulator.NOW);
        assertEquals("N", validated(wrong.getString("authentication_transaction_id")).getString("pares_status"));

        JsonObject cancelled = Simulator.auth(simulator.enroll("4000000000002503"));
        HtmlAnswer back = simulator.stepUpChallenge.answer(cancelled.getString("access_token"), null, "", "cancel",
                Simulator.NOW);
        assertTrue(back.html().contains("<input type=\"hidden\" name=\"MD\" value=\"\">"), "MD posted, empty");
        JsonObject result = validated(cancelled.getString("authentication_transaction_id"));
        assertEquals("U", result.getString("pares_status"));
        assertEquals("26", result.getString("signed_pares_status_reason"));
    }

    @Test
    void requireMethodUrlWithoutDeviceDataIsAnOrdinaryStepUp() {
        JsonObject enrolled = Simulator.auth(simulator.enroll("4000100000000000"));
        simulator.stepUpChallenge.answer(enrolled.getString("access_token"), MD, "1234", "submit", Simulator.NOW);
        assertEquals("Y", validated(enrolled.getString("authentication_transaction_id")).getString("pares_status"));
    }

    @Test
    void aSecondAnswerIsRefused() {
        JsonObject enrolled = Simulator.auth(simulator.enroll("4000000000002503"));
        String jwt = enrolled.getString("access_token");
        assertEquals(200, simulator.stepUpChallenge.answer(jwt, MD, "0000", "submit", Simulator.NOW).status());
        HtmlAnswer again = simulator.stepUpChallenge.answer(jwt, MD, "1234", "submit", Simulator.NOW);
        assertEquals(400, again.status());
        assertTrue(again.html().contains("Already completed"));
        assertEquals(400, simulator.stepUpChallenge.open(jwt, MD, ANSWER_PATH, Simulator.NOW).status());
        assertEquals("N", validated(enrolled.getString("authentication_transaction_id")).getString("pares_status"));
    }

    @Test
    void refusesBadTokens() {
        String setupToken = simulator.setup("4000000000002503").getString("access_token");
        String stepUpToken = Simulator.auth(simulator.enroll("4000000000002503")).getString("access_token");
        assertEquals(400, simulator.stepUpChallenge.open(setupToken, MD, ANSWER_PATH, Simulator.NOW).status());
        assertEquals(400, simulator.stepUpChallenge.open(null, MD, ANSWER_PATH, Simulator.NOW).status());
        assertEquals(400, simulator.stepUpChallenge.open(stepUpToken, MD, ANSWER_PATH,
                Simulator.NOW.plusSeconds(3600)).status());
        assertEquals(400, simulator.stepUpChallenge.answer(stepUpToken + "x", MD, "1234", "submit", Simulator.NOW)
                .status());
        StepUp forgotten = new StepUp("ZZZZZZZZZZZZZZZZZZZZ", "ref", FirstokenScenario.SUCCESSFUL_STEP_UP,
                CardType.VISA, "************2503", new Amount("0.01", "EUR"), AuthenticationIds.version2(),
                "https://merchant.com/r", null);
        HtmlAnswer unknown = simulator.stepUpChallenge.answer(simulator.tokens.forStepUp(forgotten, Simulator.NOW), MD,
                "1234", "submit", Simulator.NOW);
        assertEquals(400, unknown.status());
        assertTrue(unknown.html().contains("Unknown authentication"));
    }

    private JsonObject validated(String transactionId) {
        JsonAnswer answer = simulator.payerAuthentication.validate(SeedRequest.validate(transactionId), Simulator.NOW);
        assertEquals(200, answer.status(), answer.body().toString());
        return Simulator.auth(answer);
    }
}
