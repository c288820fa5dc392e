package io.threeds.sandbox.worldline;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * The identifiers of one authentication, fixed when the payment is created so that Create Payment and
 * every later Get Payment agree. The ACS transaction id is upper-case, as in the seed.
 *
 * @param xid the 3-D Secure 1.0 transaction id: base64 of 20 random bytes
 */
public record ThreeDSecureIds(String threeDServerTransactionId, String directoryServerTransactionId,
                              String acsTransactionId, String xid) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static ThreeDSecureIds random() {
        return new ThreeDSecureIds(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString().toUpperCase(Locale.ROOT), twentyRandomBytes());
    }

    /** A CAVV (or AAV): base64 of 20 random bytes, 28 characters. */
    static String newCavv() {
        return twentyRandomBytes();
    }

    private static String twentyRandomBytes() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
