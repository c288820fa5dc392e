package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.provider.BrowserRefusedException;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The claims of a {@code payments.validated} JWT, checked after Verifone validated its signature: a result
 * must be fresh ({@code exp} required, {@code iat} not in the future and within the JWT's 2-hour life),
 * issued by Cardinal for this merchant ({@code iss}) and for this 3-D Secure contract ({@code aud}), each
 * with a minute of clock skew. [P] PROVIDERS.md G-V6: the claims are Cardinal's usual ones; the seed shows
 * {@code jti, iat, iss} only.
 */
final class SongbirdClaims {
    static final Duration SKEW = Duration.ofMinutes(1);
    static final Duration LIFETIME = Duration.ofHours(2);

    private SongbirdClaims() {
    }

    static void check(String jwt, String contractId, String issuer, Instant now) {
        JsonObject claims = claims(jwt);
        Instant expires = seconds(claims, "exp");
        Instant issued = seconds(claims, "iat");
        if (now.isAfter(expires.plus(SKEW))) {
            throw refused("expired");
        }
        if (issued.isAfter(now.plus(SKEW)) || issued.plus(LIFETIME).plus(SKEW).isBefore(now)) {
            throw refused("iat out of range");
        }
        if (!issuer.equals(text(claims, "iss"))) {
            throw refused("another issuer");
        }
        if (!audienceHolds(claims.get("aud"), contractId)) {
            throw refused("for another contract");
        }
    }

    private static boolean audienceHolds(JsonValue audience, String contractId) {
        if (audience instanceof JsonString single) {
            return single.getString().equals(contractId);
        }
        return audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY && audience.asJsonArray()
                .stream().anyMatch(value -> value instanceof JsonString s && s.getString().equals(contractId));
    }

    private static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw refused("not a compact JWS");
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException e) {
            throw refused("unreadable claims");
        }
    }

    private static Instant seconds(JsonObject claims, String name) {
        if (!(claims.get(name) instanceof JsonNumber value)) {
            throw refused("no " + name);
        }
        return Instant.ofEpochSecond(value.longValue());
    }

    private static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static BrowserRefusedException refused(String why) {
        return new BrowserRefusedException("verifone's validated JWT: " + why);
    }
}
