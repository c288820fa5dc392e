package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.CanonicalXml;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.w3c.dom.Element;

/**
 * The simulated ACS's signature of its PARes, which Paysafe verifies: base64 of HMAC-SHA256 over the
 * {@code <PARes>} element's {@linkplain CanonicalXml canonical text}, keyed by MP Config
 * {@code sandbox.paysafe.acs-signing-key}. A real ACS signs with XML-DSig and its certificate; a shared
 * key keeps the sandbox self-contained while still telling an untouched PaRes from an altered one.
 */
public record PaResSignature(String key) {
    static final String DEFAULT_KEY = "sandbox-paysafe-acs-signing-key";

    String sign(Element paRes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(CanonicalXml.of(paRes).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is this key's signature of the element as it is now. */
    boolean verifies(Element paRes, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(paRes).getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
