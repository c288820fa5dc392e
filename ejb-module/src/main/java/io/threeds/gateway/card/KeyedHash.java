package io.threeds.gateway.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed HMAC-SHA256 (key THREEDS_CARD_HMAC_KEY): the card fingerprint that finds a card's attempts
 * without storing the number, and the digest of request bodies kept for idempotency (a plain hash of
 * a body with a card number in it could be reversed by trying the numbers that fit BIN and last 4).
 */
@ApplicationScoped
public class KeyedHash {
    @Inject
    @ConfigProperty(name = "threeds.card.hmac-key")
    String key;

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
