package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.provider.BrowserRefusedException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JWT of Songbird's {@code payments.validated} event, as the hosted page relays it: accepted only
 * when it is HS256-signed with the shared secret and not expired; then its {@code Payload} claim is
 * the validated result (PROVIDERS.md §1.4.3, G-V6). Nothing the browser says outside it is trusted.
 */
public final class SignedResult {
    private SignedResult() {
    }

    public static JsonObject verify(String jwt, String secret, Instant now) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length != 3) {
            throw new BrowserRefusedException("the validated result is not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"HS256".equals(header.getString("alg", null))) {
            throw new BrowserRefusedException("the validated result is not signed with HS256");
        }
        byte[] expected = hmac(secret, parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new BrowserRefusedException("the validated result's signature does not decode");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new BrowserRefusedException("the validated result's signature does not verify");
        }
        JsonObject claims = json(parts[1]);
        if (claims.containsKey("exp") && claims.getJsonNumber("exp").longValue() < now.getEpochSecond()) {
            throw new BrowserRefusedException("the validated result has expired");
        }
        if (!(claims.get("Payload") instanceof JsonObject payload)) {
            throw new BrowserRefusedException("the validated result has no Payload");
        }
        return payload;
    }

    private static byte[] hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static JsonObject json(String part) {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new BrowserRefusedException("the validated result does not decode");
        }
    }
}
