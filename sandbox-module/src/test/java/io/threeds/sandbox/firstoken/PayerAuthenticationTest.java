package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Setup, enroll and validate against the seed's examples (PROVIDERS.md §3.3). */
class PayerAuthenticationTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private final Simulator simulator = new Simulator();

    @Test
    void setupAnswersLikeTheSeed() {
        JsonAnswer answer = simulator.payerAuthentication.setup(SeedRequest.body(SeedRequest.SETUP), Simulator.BASE,
                Simulator.NOW);
        assertEquals(200, answer.status());
        JsonObject body = answer.body();
        assertEquals(List.of("status", "message", "data"), List.copyOf(body.keySet()));
        assertEquals("success", body.getString("status"));
        assertEquals("Payer authentication setup successful", body.getString("message"));
        JsonObject info = body.getJsonObject("data").getJsonObject("transaction_info");
        assertEquals(List.of("type", "transactionId", "reference_code", "request_id", "status", "created_at"),
                List.copyOf(info.keySet()));
        assertEquals("setup_auth_response", info.getString("type"));
        assertTrue(info.getString("transactionId").matches("0001713184423626\\d{6}"), info.getString("transactionId"));
        assertEquals("d47f5455-0282-46c7-b1fc-eaf7ac0d85bf", info.getString("reference_code"));
        assertTrue(info.getString("request_id").matches("713184423\\d{13}"), info.getString("request_id"));
        assertEquals("Completed", info.getString("status"));
        assertEquals("2024-04-15T12:33:43Z", info.getString("created_at"));

        JsonObject auth = body.getJsonObject("data").getJsonObject("consumer_auth_info");
        assertEquals(List.of("access_token", "device_data_collection_url", "reference_id", "token"),
                List.copyOf(auth.keySet()));
        assertEquals("http://localhost:9080/sandbox/firstoken/V1/Cruise/Collect",
                auth.getString("device_data_collection_url"));
        assertTrue(auth.getString("reference_id").matches(UUID));
        assertTrue(auth.getString("token").matches("[A-Za-z0-9+/]{56}"));
        JsonObject claims = AccessTokensTest.claims(auth.getString("access_token"));
        assertEquals(auth.getString("reference_id"), claims.getString("ReferenceId"));
        assertEquals(Simulator.NOW.getEpochSecond() + 3600, claims.getJsonNumber("exp").longValue());
        assertTrue(simulator.authentications.session(auth.getString("reference_id")).isPresent());
    }

    @Test
    void everySetupHandsOutFreshValues() {
        JsonObject first = simulator.setup("4000000000002701");
        JsonObject second = simulator.setup("4000000000002701");
        assertNotEquals(first.getString("reference_id"), second.getString("reference_id"));
        assertNotEquals(first.getString("token"), second.getString("token"));
        assertNotEquals(first.getString("access_token"), second.getString("access_token"));
    }

    @Test
    void setupAcceptsTwoDigitYears() {
        JsonAnswer answer = simulator.payerAuthentication.setup(SeedRequest.patched(SeedRequest.SETUP,
                p -> p.replace("/card/expiration_date", "01/27")), Simulator.BASE, Simulator.NOW);
        assertEquals(200, answer.status());
    }

    @Test
    void rejectedFrictionlessLikeTheSeed() {
        JsonAnswer answer = simulator.enroll("4000000000002537");
        assertEquals(200, answer.status());
        JsonObject body = answer.body();
        assertEquals("success", body.getString("status"), "G-F9: success means the call worked");
        assertEquals("Check enroll successful, authentication failed", body.getString("message"));
        JsonObject info = body.getJsonObject("data").getJsonObject("transaction_info");
        assertEquals(List.of("type", "transaction_id", "reference_code", "request_id", "status", "created_at"),
                List.copyOf(info.keySet()));
        assertEquals("check_enroll_response", info.getString("type"));
        assertTrue(info.getString("transaction_id").matches("\\d{22}"));
        assertTrue(info.getString("request_id").matches("\\d{22}"));
        assertEquals("d47f5455-0282-46c7-b1fc-eaf7ac0d85bf", info.getString("reference_code"));
        assertEquals("Authentication_failed", info.getString("status"));
        assertEquals("2024-04-15T12:33:43Z", info.getString("created_at"));
        JsonObject card = body.getJsonObject("data").getJsonObject("card");
        assertEquals("400000", card.getString("bin"));
        assertEquals("VISA", card.getString("type"));

        JsonObject auth = Simulator.auth(answer);
        assertEquals(List.of("eci_raw", "commerce_indicator", "token", "pares_status", "veres_enrolled",
                "acs_transaction_id", "authentication_transaction_id", "signed_pares_status_reason",
                "specificationVersion", "tree_dss_server_transaction_id", "directory_server_transaction_id",
                "acs_reference_number"), List.copyOf(auth.keySet()));
        assertEquals("07", auth.getString("eci_raw"));
        assertEquals("internet", auth.getString("commerce_indicator"));
        assertEquals("R", auth.getString("pares_status"));
        assertEquals("Y", auth.getString("veres_enrolled"));
        assertTrue(auth.getString("acs_transaction_id").matches(UUID));
        assertTrue(auth.getString("authentication_transaction_id").matches("[A-Za-z0-9]{20}"));
        assertEquals("01", auth.getString("signed_pares_status_reason"));
        assertEquals("2.2.0", auth.getString("specificationVersion"));
        assertTrue(auth.getString("tree_dss_server_transaction_id").matches(UUID));
        assertTrue(auth.getString("directory_server_transaction_id").matches(UUID));
        assertEquals("Cardinal ACS", auth.getString("acs_reference_number"));
    }

    @Test
    void successfulFrictionlessCarriesEciAndCavv() {
        JsonAnswer answer = simulator.enroll("4000000000002701");
        assertEquals("Check enroll successful, authentication successful", answer.body().getString("message"));
        assertEquals("Authentication_successful", answer.body().getJsonObject("data")
                .getJsonObject("transaction_info").getString("status"));
        JsonObject auth = Simulator.auth(answer);
        assertEquals("05", auth.getString("eci_raw"));
        assertEquals("05", auth.getString("eci"));
        assertEquals(20, Base64.getDecoder().decode(auth.getString("cavv")).length);
        assertEquals("vbv", auth.getString("commerce_indicator"));
        assertEquals("Y", auth.getString("pares_status"));
        assertFalse(auth.containsKey("signed_pares_status_reason"));
        assertFalse(auth.containsKey("xid"));
        assertFalse(auth.containsKey("step_up_url"));
    }

    @Test
    void failedFrictionlessHasNoEci() {
        JsonObject auth = Simulator.auth(simulator.enroll("4000000000002925"));
        assertEquals("N", auth.getString("pares_status"));
        assertEquals("07", auth.getString("eci_raw"));
        assertFalse(auth.containsKey("eci"), "G-F14: eci only for Y and A");
        assertFalse(auth.containsKey("cavv"));
    }

    @Test
    void mastercardTwinIsAMastercard() {
        JsonAnswer answer = simulator.enroll("5200000000052701");
        JsonObject card = answer.body().getJsonObject("data").getJsonObject("card");
        assertEquals("520000", card.getString("bin"));
        assertEquals("MASTERCARD", card.getString("type"));
        assertEquals("02", Simulator.auth(answer).getString("eci"));
        assertEquals("spa", Simulator.auth(answer).getString("commerce_indicator"));
    }

    @Test
    void noAuthenticationOnLookup() {
        for (String card : List.of("4000000000002990", "4000000000002446", "4000000000002560")) {
            JsonAnswer answer = simulator.enroll(card);
            assertEquals("Check enroll successful, authentication successful", answer.body().getString("message"));
            JsonObject auth = Simulator.auth(answer);
            assertEquals(card.endsWith("2560") ? "B" : "U", auth.getString("veres_enrolled"), card);
            assertFalse(auth.containsKey("pares_status"), card);
            assertFalse(auth.containsKey("eci"), card);
            assertFalse(auth.containsKey("acs_reference_number"), card);
            assertEquals("07", auth.getString("eci_raw"), card);
            assertTrue(auth.containsKey("authentication_transaction_id"), card);
        }
    }

    @Test
    void stepUpAnswersPendingWithWhatTheBrowserNeeds() {
        JsonAnswer answer = simulator.enroll("4000000000002503");
        assertEquals(200, answer.status());
        assertEquals("Check enroll successful, authentication pending", answer.body().getString("message"));
        assertEquals("Pending_authentication", answer.body().getJsonObject("data")
                .getJsonObject("transaction_info").getString("status"));
        JsonObject auth = Simulator.auth(answer);
        assertEquals("C", auth.getString("pares_status"));
        assertEquals("Y", auth.getString("veres_enrolled"));
        assertFalse(auth.containsKey("eci_raw"));
        assertFalse(auth.containsKey("eci"));
        assertEquals("http://localhost:9080/sandbox/firstoken/V2/Cruise/StepUp", auth.getString("step_up_url"));
        assertEquals(auth.getString("step_up_url"), auth.getString("acs_url"));
        String creq = new String(Base64.getDecoder().decode(auth.getString("pareq")));
        assertTrue(creq.contains("\"messageType\":\"CReq\""), creq);
        assertTrue(creq.contains(auth.getString("acs_transaction_id")), creq);
        String transactionId = auth.getString("authentication_transaction_id");
        assertTrue(transactionId.matches("[A-Za-z0-9]{20}"));

        JsonObject claims = AccessTokensTest.claims(auth.getString("access_token"));
        assertEquals(transactionId, claims.getString("TransactionId"));
        assertEquals("https://merchant.com/returnUrl", claims.getString("ReturnUrl"));
        assertEquals(Set.of("jti", "iat", "exp", "ReferenceId", "TransactionId", "ReturnUrl"), claims.keySet());
        StepUp stepUp = simulator.authentications.stepUp(transactionId).orElseThrow();
        assertEquals(claims.getString("ReferenceId"), stepUp.referenceId());
        assertEquals("************2503", stepUp.maskedCard());
        assertFalse(stepUp.answered());
    }

    @Test
    void threeDSecureOneStepUpHasAnXidAndNoVersionTwoIds() {
        JsonObject auth = Simulator.auth(simulator.enroll("4000000000000002"));
        assertEquals("C", auth.getString("pares_status"));
        assertEquals("1.0.2", auth.getString("specificationVersion"));
        assertEquals(20, Base64.getDecoder().decode(auth.getString("xid")).length);
        assertFalse(auth.containsKey("acs_transaction_id"));
        assertFalse(auth.containsKey("tree_dss_server_transaction_id"));
        assertFalse(auth.containsKey("directory_server_transaction_id"));
    }

    @Test
    void requireMethodUrlWithDeviceDataIsFrictionless() {
        JsonObject auth = Simulator.auth(simulator.enrollAfterDeviceData("4000100000000000"));
        assertEquals("Y", auth.getString("pares_status"));
        assertEquals("05", auth.getString("eci"));
    }

    @Test
    void requireMethodUrlWithoutDeviceDataStepsUp() {
        JsonAnswer answer = simulator.enroll("4000100000000000");
        assertEquals("Pending_authentication", answer.body().getJsonObject("data")
                .getJsonObject("transaction_info").getString("status"));
        assertEquals("C", Simulator.auth(answer).getString("pares_status"));
    }

    @Test
    void deviceDataDoesNotChangeOtherCards() {
        assertEquals("C", Simulator.auth(simulator.enrollAfterDeviceData("4000000000002503"))
                .getString("pares_status"));
        assertEquals("R", Simulator.auth(simulator.enrollAfterDeviceData("4000000000002537"))
                .getString("pares_status"));
    }

    @Test
    void timeOutCardAnswersSetupLateThenAsSuccess() {
        simulator.payerAuthentication.timeOutDelayMs = 200;
        long start = System.nanoTime();
        JsonObject setup = simulator.setup("4000000000002354");
        assertTrue(System.nanoTime() - start >= 200_000_000L, "setup waits for the configured delay");
        JsonAnswer enrolled = simulator.payerAuthentication.enroll(
                SeedRequest.enroll("4000000000002354", setup.getString("reference_id")), Simulator.BASE, Simulator.NOW);
        assertEquals("Y", Simulator.auth(enrolled).getString("pares_status"));
    }

    @Test
    void enrollNeedsASessionOfThisSimulator() {
        JsonAnswer answer = simulator.payerAuthentication.enroll(SeedRequest.body(SeedRequest.ENROLL), Simulator.BASE,
                Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("fail", answer.body().getString("status"));
        assertEquals("authentication.reference_id is unknown", answer.body().getString("message"));
        assertFalse(answer.body().containsKey("data"));
    }

    @Test
    void stepUpNeedsAReturnUrl() {
        String referenceId = simulator.setup("4000000000002503").getString("reference_id");
        RequestBody body = SeedRequest.patched(SeedRequest.ENROLL, p -> p.replace("/card/number", "4000000000002503")
                .replace("/authentication/reference_id", referenceId).remove("/authentication/return_url"));
        JsonAnswer answer = simulator.payerAuthentication.enroll(body, Simulator.BASE, Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("authentication.return_url is required", answer.body().getString("message"));
    }

    @Test
    void frictionlessNeedsNoReturnUrl() {
        String referenceId = simulator.setup("4000000000002701").getString("reference_id");
        RequestBody body = SeedRequest.patched(SeedRequest.ENROLL, p -> p.replace("/card/number", "4000000000002701")
                .replace("/authentication/reference_id", referenceId).remove("/authentication/return_url"));
        assertEquals(200, simulator.payerAuthentication.enroll(body, Simulator.BASE, Simulator.NOW).status());
    }

    @Test
    void enrollRefusesANumericAmount() {
        String referenceId = simulator.setup("4000000000002701").getString("reference_id");
        RequestBody body = SeedRequest.patched(SeedRequest.ENROLL, p -> p.replace("/card/number", "4000000000002701")
                .replace("/authentication/reference_id", referenceId)
                .replace("/order_info/amount_details/total_amount", 1000));
        assertEquals(400, simulator.payerAuthentication.enroll(body, Simulator.BASE, Simulator.NOW).status());
    }

    @Test
    void validateBeforeTheStepUpWasAnswered() {
        String transactionId = Simulator.auth(simulator.enroll("4000000000002503"))
                .getString("authentication_transaction_id");
        JsonAnswer answer = simulator.payerAuthentication.validate(SeedRequest.validate(transactionId), Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("fail", answer.body().getString("status"));
        assertEquals("authentication not completed", answer.body().getString("message"));
    }

    @Test
    void validateAnUnknownTransaction() {
        JsonAnswer answer = simulator.payerAuthentication.validate(SeedRequest.body(SeedRequest.VALIDATE),
                Simulator.NOW);
        assertEquals(400, answer.status());
        assertEquals("authentication.transaction_id is unknown", answer.body().getString("message"));
    }

    @Test
    void validateAfterASuccessfulStepUp() {
        JsonObject enrolled = Simulator.auth(simulator.enroll("4000000000002503"));
        String transactionId = enrolled.getString("authentication_transaction_id");
        simulator.authentications.answer(transactionId, ShopperAnswer.CORRECT_CODE);

        JsonAnswer answer = simulator.payerAuthentication.validate(SeedRequest.validate(transactionId), Simulator.NOW);
        assertEquals(200, answer.status());
        assertEquals("success", answer.body().getString("status"));
        assertEquals("Validation successful, authentication successful", answer.body().getString("message"));
        JsonObject info = answer.body().getJsonObject("data").getJsonObject("transaction_info");
        assertEquals("validate_result_response", info.getString("type"));
        assertTrue(info.getString("transaction_id").matches("\\d{22}"));
        assertEquals("d47f5455-0282-46c7-b1fc-eaf7ac0d85bf", info.getString("reference_code"));
        assertEquals("Authentication_successful", info.getString("status"));

        JsonObject auth = Simulator.auth(answer);
        assertEquals("Y", auth.getString("pares_status"));
        assertEquals("05", auth.getString("eci"));
        assertEquals("05", auth.getString("eci_raw"));
        assertEquals(20, Base64.getDecoder().decode(auth.getString("cavv")).length);
        assertEquals("vbv", auth.getString("commerce_indicator"));
        assertEquals(transactionId, auth.getString("authentication_transaction_id"));
        assertEquals(enrolled.getString("acs_transaction_id"), auth.getString("acs_transaction_id"));
        assertEquals(enrolled.getString("directory_server_transaction_id"),
                auth.getString("directory_server_transaction_id"));
        assertEquals(enrolled.getString("tree_dss_server_transaction_id"),
                auth.getString("tree_dss_server_transaction_id"));
        assertEquals("2.2.0", auth.getString("specificationVersion"));
        assertNotEquals(enrolled.getString("token"), auth.getString("token"));
        assertFalse(auth.containsKey("xid"));
        assertFalse(auth.containsKey("signed_pares_status_reason"));
    }

    @Test
    void validateIsIdempotent() {
        String transactionId = Simulator.auth(simulator.enroll("4000000000002503"))
                .getString("authentication_transaction_id");
        simulator.authentications.answer(transactionId, ShopperAnswer.CORRECT_CODE);
        JsonObject first = Simulator.auth(simulator.payerAuthentication.validate(SeedRequest.validate(transactionId),
                Simulator.NOW));
        JsonObject second = Simulator.auth(simulator.payerAuthentication.validate(SeedRequest.validate(transactionId),
                Simulator.NOW));
        assertEquals(first.getString("cavv"), second.getString("cavv"));
        assertEquals(first.getString("pares_status"), second.getString("pares_status"));
        assertEquals(first.getString("acs_transaction_id"), second.getString("acs_transaction_id"));
    }

    @Test
    void validateAfterAFailedStepUp() {
        String transactionId = Simulator.auth(simulator.enroll("4000000000002503"))
                .getString("authentication_transaction_id");
        simulator.authentications.answer(transactionId, ShopperAnswer.WRONG_CODE);
        JsonAnswer answer = simulator.payerAuthentication.validate(SeedRequest.validate(transactionId), Simulator.NOW);
        assertEquals("success", answer.body().getString("status"));
        assertEquals("Validation successful, authentication failed", answer.body().getString("message"));
        assertEquals("Authentication_failed", answer.body().getJsonObject("data").getJsonObject("transaction_info")
                .getString("status"));
        JsonObject auth = Simulator.auth(answer);
        assertEquals("N", auth.getString("pares_status"));
        assertEquals("07", auth.getString("eci_raw"));
        assertEquals("01", auth.getString("signed_pares_status_reason"));
        assertEquals("internet", auth.getString("commerce_indicator"));
        assertFalse(auth.containsKey("eci"));
        assertFalse(auth.containsKey("cavv"));
    }

    @Test
    void validateAThreeDSecureOneStepUp() {
        String transactionId = Simulator.auth(simulator.enroll("4000000000000002"))
                .getString("authentication_transaction_id");
        simulator.authentications.answer(transactionId, ShopperAnswer.CORRECT_CODE);
        JsonObject auth = Simulator.auth(simulator.payerAuthentication.validate(SeedRequest.validate(transactionId),
                Simulator.NOW));
        assertEquals("Y", auth.getString("pares_status"));
        assertEquals("1.0.2", auth.getString("specificationVersion"));
        assertEquals(20, Base64.getDecoder().decode(auth.getString("xid")).length);
        assertTrue(auth.containsKey("cavv"));
        assertFalse(auth.containsKey("tree_dss_server_transaction_id"));
    }
}
