package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GcsSignatureTest {
    private static final String DATE = "Fri, 06 Jun 2025 10:00:00 GMT";
    private static final Instant NOW = Instant.parse("2025-06-06T10:00:00Z");
    private static final String PATH = "/v1/70417/payments";
    private final GcsSignature signature = new GcsSignature("sandbox-key", "sandbox-secret");

    @Test
    void signsMethodContentTypeDateAndPath() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("sandbox-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                ("POST\napplication/json\n" + DATE + "\n" + PATH + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, signature.sign("POST", "application/json", DATE, PATH));
    }

    @Test
    void acceptsACorrectAuthorization() {
        assertTrue(signature.accepts(header("POST", "application/json", DATE, PATH), "POST", "application/json", DATE,
                PATH, NOW));
        assertTrue(signature.accepts(header("POST", "application/json; charset=UTF-8", DATE, PATH), "POST",
                "application/json; charset=UTF-8", DATE, PATH, NOW));
    }

    @Test
    void acceptsAGetSignedWithoutContentType() {
        String path = PATH + "/000007041700000008370000100001";
        assertTrue(signature.accepts(header("GET", "", DATE, path), "GET", null, DATE, path, NOW));
    }

    @Test
    void theSignedContentTypeMustBeTheHeaderSentToTheLetter() {
        String signedBare = header("POST", "application/json", DATE, PATH);
        assertFalse(signature.accepts(signedBare, "POST", "application/json; charset=UTF-8", DATE, PATH, NOW));
        String signedWithCharset = header("POST", "application/json; charset=UTF-8", DATE, PATH);
        assertFalse(signature.accepts(signedWithCharset, "POST", "application/json", DATE, PATH, NOW));
        assertFalse(signature.accepts(signedWithCharset, "POST", "application/json;charset=UTF-8", DATE, PATH, NOW));
        assertFalse(signature.accepts(header("POST", "", DATE, PATH), "POST", "application/json", DATE, PATH, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tue, 3 Jun 2025 08:00:00 GMT",       // one-digit day, as RFC_1123_DATE_TIME prints it
            "Tue, 03 Jun 2025 08:00:00 +0000",    // not GMT
            "Tue, 03 Jun 2025 10:00:00 CEST",
            "Wed, 03 Jun 2025 08:00:00 GMT",      // the 3rd of June 2025 is a Tuesday
            "2025-06-03T08:00:00Z",
            "Tue, 03 Jun 2025 08:00 GMT",
            ""})
    void refusesADateNotInConnectsForm(String date) {
        Instant now = Instant.parse("2025-06-03T08:00:00Z");
        assertFalse(signature.accepts(header("POST", "application/json", date, PATH), "POST", "application/json",
                date, PATH, now), date);
    }

    @Test
    void theDateMustBeWithinFiveMinutesOfTheClock() {
        String valid = header("POST", "application/json", DATE, PATH);
        assertTrue(signature.accepts(valid, "POST", "application/json", DATE, PATH, NOW.plusSeconds(300)));
        assertTrue(signature.accepts(valid, "POST", "application/json", DATE, PATH, NOW.minusSeconds(300)));
        assertFalse(signature.accepts(valid, "POST", "application/json", DATE, PATH, NOW.plusSeconds(301)));
        assertFalse(signature.accepts(valid, "POST", "application/json", DATE, PATH, NOW.minusSeconds(301)));
    }

    @Test
    void refusesAWrongSecretKeyOrRequest() {
        String foreign = "GCS v1HMAC:sandbox-key:"
                + new GcsSignature("sandbox-key", "other").sign("POST", "application/json", DATE, PATH);
        assertFalse(signature.accepts(foreign, "POST", "application/json", DATE, PATH, NOW));
        String otherKey = header("POST", "application/json", DATE, PATH).replace("sandbox-key", "other-key");
        assertFalse(signature.accepts(otherKey, "POST", "application/json", DATE, PATH, NOW));
        String valid = header("POST", "application/json", DATE, PATH);
        assertFalse(signature.accepts(valid, "POST", "application/json", DATE, "/v1/70418/payments", NOW));
        assertFalse(signature.accepts(valid, "POST", "application/json", "Fri, 06 Jun 2025 10:00:01 GMT", PATH, NOW));
        assertFalse(signature.accepts(valid, "PUT", "application/json", DATE, PATH, NOW));
    }

    @Test
    void refusesMissingOrForeignSchemes() {
        String valid = header("POST", "application/json", DATE, PATH);
        assertFalse(signature.accepts(null, "POST", "application/json", DATE, PATH, NOW));
        assertFalse(signature.accepts(valid, "POST", "application/json", null, PATH, NOW));
        assertFalse(signature.accepts(valid.replace("GCS v1HMAC:", "Bearer "), "POST", "application/json", DATE, PATH,
                NOW));
        assertFalse(signature.accepts("GCS v1HMAC:sandbox-key", "POST", "application/json", DATE, PATH, NOW));
    }

    private String header(String method, String contentType, String date, String path) {
        return "GCS v1HMAC:sandbox-key:" + signature.sign(method, contentType, date, path);
    }
}
