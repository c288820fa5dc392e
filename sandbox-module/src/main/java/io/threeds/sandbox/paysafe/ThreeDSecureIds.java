package io.threeds.sandbox.paysafe;

import java.security.SecureRandom;
import java.util.Base64;

/** The 3-D Secure 1.0 values made of random bytes (PROVIDERS.md §6.1: XID and CAVV, base64 of 20 bytes). */
final class ThreeDSecureIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ThreeDSecureIds() {
    }

    /** The transaction id the enrollment check gives its PaReq, echoed by the PARes: 28 characters. */
    static String newXid() {
        return twentyRandomBytes();
    }

    /** The issuer's CAVV (Mastercard: AAV) of an authenticated or attempted PARes: 28 characters. */
    static String newCavv() {
        return twentyRandomBytes();
    }

    private static String twentyRandomBytes() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
