package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class GcsSignatureTest {
    private static final String DATE = "Fri, 06 Jun 2025 10:00:00 GMT";
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
        assertTrue(signature.accepts(header("POST", "application/json", PATH), "POST", "application/json", DATE, PATH));
    }

    @Test
    void acceptsAGetSignedWithoutContentType() {
        String path = PATH + "/000007041700000008370000100001";
        assertTrue(signature.accepts(header("GET", "", path), "GET", null, DATE, path));
    }

    @Test
    void toleratesACharsetTheClientAdded() {
        assertTrue(signature.accepts(header("POST", "application/json", PATH), "POST",
                "application/json; charset=UTF-8", DATE, PATH));
    }

    @Test
    void refusesAWrongSecretKeyOrRequest() {
        String foreign = "GCS v1HMAC:sandbox-key:"
                + new GcsSignature("sandbox-key", "other").sign("POST", "application/json", DATE, PATH);
        assertFalse(signature.accepts(foreign, "POST", "application/json", DATE, PATH));
        String otherKey = header("POST", "application/json", PATH).replace("sandbox-key", "other-key");
        assertFalse(signature.accepts(otherKey, "POST", "application/json", DATE, PATH));
        String valid = header("POST", "application/json", PATH);
        assertFalse(signature.accepts(valid, "POST", "application/json", DATE, "/v1/70418/payments"));
        assertFalse(signature.accepts(valid, "POST", "application/json", "Fri, 06 Jun 2025 10:00:01 GMT", PATH));
        assertFalse(signature.accepts(valid, "PUT", "application/json", DATE, PATH));
    }

    @Test
    void refusesMissingOrForeignSchemes() {
        String valid = header("POST", "application/json", PATH);
        assertFalse(signature.accepts(null, "POST", "application/json", DATE, PATH));
        assertFalse(signature.accepts(valid, "POST", "application/json", null, PATH));
        assertFalse(signature.accepts(valid.replace("GCS v1HMAC:", "Bearer "), "POST", "application/json", DATE, PATH));
        assertFalse(signature.accepts("GCS v1HMAC:sandbox-key", "POST", "application/json", DATE, PATH));
    }

    private String header(String method, String contentType, String path) {
        return "GCS v1HMAC:sandbox-key:" + signature.sign(method, contentType, DATE, path);
    }
}
