package io.threeds.gateway.provider.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.ProviderJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

/** The paysafe mapping fed with the seed's own authentications answer (seeds/003). */
class PaysafeWireTest {

    @Test
    void seedAnswerIsYWithEci05AndLiabilityShift() {
        ThreeDSResult result = result(seed(), "VISA");
        assertEquals(TransStatus.Y, result.transStatus());
        assertEquals("05", result.eci(), "the integer 5 becomes \"05\"");
        assertEquals("MjAgY2hhcmFjdGVyIG1lc3NhZ2U=", result.authenticationValue());
        assertEquals("dm0tZGV2LWF0LTAyTYyJVMdsAwA=", result.xid());
        assertEquals("Y", result.signatureVerification());
        assertEquals(Flow.THREEDS1, result.flow());
        assertEquals("1.0.2", result.threeDSVersion());
        assertTrue(result.liability().shift());
        assertEquals("PAYSAFE_RESULT_TABLE", result.liability().basis());
        assertEquals(RecommendedAction.PROCEED, result.recommendedAction());
    }

    @Test
    void anUnverifiedSignatureIsNoLiabilityAndDoNotProceed() {
        ThreeDSResult result = result(with("signatureStatus", "N"), "VISA");
        assertEquals(TransStatus.Y, result.transStatus(), "the reported status is kept");
        assertFalse(result.liability().shift());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, result.recommendedAction());
        assertEquals("PaRes signature not verified", result.transStatusReason());
    }

    @Test
    void attemptsKeepTheirOwnStatus() {
        JsonObject attempt = Json.createObjectBuilder(seed()).add("threeDResult", "A").add("eci", 6).build();
        ThreeDSResult result = result(attempt, "VISA");
        assertEquals(TransStatus.A, result.transStatus());
        assertEquals("06", result.eci());
        assertTrue(result.liability().shift());
    }

    @Test
    void failureWithoutEciGetsTheBrandsNoAuthenticationEci() {
        JsonObject failed = Json.createObjectBuilder(seed()).add("threeDResult", "N").remove("eci").remove("cavv")
                .build();
        ThreeDSResult result = result(failed, "MASTERCARD");
        assertEquals(TransStatus.N, result.transStatus());
        assertEquals("00", result.eci());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, result.recommendedAction());
    }

    @Test
    void anErrorOrAnUnknownValueIsE() {
        assertEquals(TransStatus.E, result(with("threeDResult", "E"), "VISA").transStatus());
        assertEquals(TransStatus.E, result(with("threeDResult", "Q"), "VISA").transStatus());
        ThreeDSResult failed = result(with("status", "FAILED"), "VISA");
        assertEquals(TransStatus.E, failed.transStatus());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, failed.recommendedAction());
    }

    @Test
    void enrolledCardGoesToTheAcsWithPaReqTermUrlAndMd() {
        JsonObject answer = Json.createObjectBuilder().add("id", "5da985f9-8671-4048-ab85-856be2885ce3")
                .add("threeDEnrollment", "Y").add("acsURL", "https://acs.example/pareq").add("paReq", "eJzz")
                .add("status", "COMPLETED").build();
        PaysafeWire.Enrollment enrollment = enrollment(answer, "https://gw/3ds/a1/challenge-complete",
                "a1", "VISA");
        assertEquals(TransStatus.C, enrollment.result().transStatus());
        assertEquals("POST", enrollment.acs().method());
        assertEquals("https://acs.example/pareq", enrollment.acs().url());
        assertEquals("eJzz", enrollment.acs().fields().get("PaReq"));
        assertEquals("https://gw/3ds/a1/challenge-complete", enrollment.acs().fields().get("TermUrl"));
        assertEquals("a1", enrollment.acs().fields().get("MD"));
        assertEquals("5da985f9-8671-4048-ab85-856be2885ce3", enrollment.refs().get(PaysafeWire.REF_ENROLLMENT_ID));
    }

    @Test
    void notEnrolledIsUWithoutThreeDSecure() {
        JsonObject answer = Json.createObjectBuilder().add("id", "e1").add("threeDEnrollment", "N")
                .add("status", "COMPLETED").build();
        PaysafeWire.Enrollment enrollment = enrollment(answer, "t", "m", "VISA");
        assertNull(enrollment.acs());
        assertEquals(TransStatus.U, enrollment.result().transStatus());
        assertEquals("N", enrollment.result().enrolled());
        assertEquals(Flow.NOT_APPLICABLE, enrollment.result().flow());
        assertEquals("07", enrollment.result().eci());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, enrollment.result().recommendedAction());
    }

    /** The mapping fed as the provider sees an answer: bound to paysafe's record. */
    private static ThreeDSResult result(JsonObject answer, String brand) {
        return PaysafeWire.result(ProviderJson.read(answer.toString(), PaysafeWire.AuthenticationAnswer.class), brand);
    }

    private static PaysafeWire.Enrollment enrollment(JsonObject answer, String termUrl, String md, String brand) {
        return PaysafeWire.enrollment(ProviderJson.read(answer.toString(), PaysafeWire.EnrollmentAnswer.class),
                termUrl, md, brand);
    }

    private static JsonObject with(String name, String value) {
        return Json.createObjectBuilder(seed()).add(name, value).build();
    }

    private static JsonObject seed() {
        try (JsonReader reader = Json.createReader(PaysafeWireTest.class.getResourceAsStream(
                "/paysafe/authentication-seed.json"))) {
            return reader.readObject();
        }
    }
}
