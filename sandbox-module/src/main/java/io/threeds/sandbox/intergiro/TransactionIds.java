package io.threeds.sandbox.intergiro;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The identifiers of one cycle's authentication, fixed when the cycle opens so that every step uses
 * the same ones (G-I6).
 *
 * @param xid           the 3-D Secure 1.0 transaction id: base64 of 20 digits, like the seed's
 *                      {@code "00000000000000085856"}
 * @param md            the opaque {@code MD} of the 3-D Secure 1.0 step
 * @param cardReference the antifraud card token's {@code enc}: an opaque reference to the cycle's card,
 *                      never the card number
 */
public record TransactionIds(String threeDSServerTransID, String acsTransID, String xid, String md,
                             String cardReference) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static TransactionIds random() {
        return new TransactionIds(UUID.randomUUID().toString(), UUID.randomUUID().toString(), newXid(),
                randomText(16), randomText(24));
    }

    /** A new 16-character base64url identifier (12 random bytes): cycle and authorization ids. */
    static String newId() {
        return randomText(12);
    }

    /** A CAVV: base64 of 20 random bytes. */
    static String newCavv() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String newXid() {
        StringBuilder digits = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return Base64.getEncoder().encodeToString(digits.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
