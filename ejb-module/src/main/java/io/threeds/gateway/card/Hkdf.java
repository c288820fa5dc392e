package io.threeds.gateway.card;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) for one 32-byte output block: JDK 17 has no HKDF API (it arrives in JDK 24),
 * and one block is two HMACs, checked against RFC 5869's test vector.
 */
final class Hkdf {
    private Hkdf() {
    }

    static byte[] derive(byte[] inputKey, byte[] salt, byte[] infoBytes) {
        byte[] pseudoRandomKey = hmac(salt.length == 0 ? new byte[32] : salt, inputKey);
        byte[] block = new byte[infoBytes.length + 1];
        System.arraycopy(infoBytes, 0, block, 0, infoBytes.length);
        block[infoBytes.length] = 1;
        return hmac(pseudoRandomKey, block);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
