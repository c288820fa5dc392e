package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Requests shaped after PROVIDERS.md §4.3.3's example and the enrollments they open. */
final class Fixtures {
    static final String ACCOUNT = "89987201";
    static final String ACS_URL = "http://localhost:9080/sandbox/paysafe/acs";
    static final Instant NOW = Instant.parse("2014-12-11T12:20:52.123Z");
    static final PaResSignature SIGNATURE = new PaResSignature(PaResSignature.DEFAULT_KEY);

    private Fixtures() {
    }

    static RequestBody enrollmentCheckBody(String card) {
        return RequestBody.parse("""
                {"merchantRefNum": "order-1-enroll", "amount": 1000, "currency": "USD",
                 "card": {"cardNum": "%s", "cardExpiry": {"month": 12, "year": 2030}},
                 "customerIp": "203.0.113.10", "userAgent": "Mozilla/5.0", "acceptHeader": "text/html",
                 "merchantUrl": "https://merchant.example"}
                """.formatted(card)).orElseThrow();
    }

    /** An authorisation as the gateway sends it after a successful authentication. */
    static RequestBody authorizationBody() {
        return RequestBody.parse("""
                {"merchantRefNum": "order-1-payment", "amount": 1000, "settleWithAuth": true,
                 "card": {"cardNum": "4000000000002503", "cardExpiry": {"month": 12, "year": 2030}, "cvv": "123"},
                 "authentication": {"eci": 5, "cavv": "AAABBBCCCDDDEEEFFFGGGHHHIII=",
                                    "xid": "dm0tZGV2LWF0LTAyTYyJVMdsAwA=", "threeDEnrollment": "Y",
                                    "threeDResult": "Y", "signatureStatus": "Y"}}
                """).orElseThrow();
    }

    static RequestBody patched(JsonObject json, UnaryOperator<JsonPatchBuilder> patch) {
        return new RequestBody(patch.apply(Json.createPatchBuilder()).build().apply(json));
    }

    static EnrollmentCheck enrollmentCheck(String card) {
        return EnrollmentCheck.of(enrollmentCheckBody(card));
    }

    static Enrollment enrollment(String card) {
        EnrollmentCheck check = enrollmentCheck(card);
        return Enrollment.open(ACCOUNT, check, PaysafeScenario.of(check.card()), ACS_URL, NOW);
    }

    /** What the ACS posts back for an enrollment: its PaRes with the given status, signed. */
    static String paRes(Enrollment enrollment, PaResStatus status) {
        return PaRes.issue(PaReq.decode(enrollment.paReq()).orElseThrow(), enrollment.card(), status, NOW)
                .encode(SIGNATURE);
    }
}
