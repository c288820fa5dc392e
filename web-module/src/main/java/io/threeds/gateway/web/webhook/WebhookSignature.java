package io.threeds.gateway.web.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} (API.md §4). */
final class WebhookSignature {
    private WebhookSignature() {
    }

    /** {@code t=<seconds>,v1=<hex>} with one {@code v1=} per secret, the current one first. */
    static String header(List<String> secrets, long unixSeconds, String body) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            header.append(",v1=").append(sign(secret, unixSeconds, body));
        }
        return header.toString();
    }

    private static String sign(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
