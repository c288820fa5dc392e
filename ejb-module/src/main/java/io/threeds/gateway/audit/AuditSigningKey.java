package io.threeds.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs the audit checkpoints (HMAC-SHA256), from {@code threeds.audit.signing-key}
 * (env {@code THREEDS_AUDIT_SIGNING_KEY}); the database never holds it, so whoever can only write to the
 * database cannot forge a checkpoint. Its id is the start of the key's SHA-256, so a checkpoint names
 * the key that signed it without revealing it.
 */
@ApplicationScoped
public class AuditSigningKey {
    /** The sandbox's key in microprofile-config.properties; never for production. */
    static final String DEVELOPMENT_DEFAULT = "dev-only-audit-signing-key";

    @Inject
    @ConfigProperty(name = "threeds.audit.signing-key")
    String key;

    public boolean isDevelopmentDefault() {
        return DEVELOPMENT_DEFAULT.equals(key);
    }

    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether this key signed the checkpoint (compared in constant time). */
    public boolean signed(Checkpoint checkpoint) {
        return keyId().equals(checkpoint.keyId()) && MessageDigest.isEqual(
                sign(checkpoint.signedText()).getBytes(StandardCharsets.US_ASCII),
                String.valueOf(checkpoint.signature()).getBytes(StandardCharsets.US_ASCII));
    }
}
