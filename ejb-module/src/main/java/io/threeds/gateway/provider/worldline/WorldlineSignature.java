package io.threeds.gateway.provider.worldline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Worldline Connect's {@code GCS v1HMAC} request signature: HMAC-SHA256 over method, content type,
 * date and path, each followed by a newline (PROVIDERS.md §5.2 [X]).
 */
public record WorldlineSignature(String apiKeyId, String secret) {

    public static String date(ZonedDateTime now) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(now.withZoneSameInstant(ZoneOffset.UTC));
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
