package io.threeds.gateway.provider.worldline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Worldline Connect's {@code GCS v1HMAC} request signature: HMAC-SHA256 over method, content type,
 * date and path, each followed by a newline (PROVIDERS.md §5.2 [X]; the seed has no word on it).
 */
public record WorldlineSignature(String apiKeyId, String secret) {
    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WorldlineSignature[" + apiKeyId + "]";
    }

    /**
     * The {@code Date} header as Connect parses it [X]: RFC 1123 with a two-digit day, always GMT
     * ({@code Tue, 03 Jun 2025 08:00:00 GMT}). {@link DateTimeFormatter#RFC_1123_DATE_TIME} prints
     * days 1 to 9 with one digit, which Connect refuses.
     */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    public static String date(ZonedDateTime now) {
        return DATE.format(now.withZoneSameInstant(ZoneOffset.UTC));
    }

    public String authorization(String method, String contentType, String date, String path) {
        String toSign = method + "\n" + (contentType == null ? "" : contentType) + "\n" + date + "\n" + path + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
            return "GCS v1HMAC:" + apiKeyId + ":" + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
