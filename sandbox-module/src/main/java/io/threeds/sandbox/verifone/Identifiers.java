package io.threeds.sandbox.verifone;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Fresh identifiers and values shaped like the seed's (PROVIDERS.md §6.1): random, never derived from the card. */
final class Identifiers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Identifiers() {
    }

    /** Cardinal's transaction id: 20 letters and digits, as {@code mm1WQNPXlhUnAYGyjNY1}. */
    static String transactionId() {
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** A lower-case v4 UUID: {@code authentication_id}, the 3-D Secure ids, a payment's {@code id}. */
    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** {@code order_id}: 16 digits, as {@code 8001840452769160}. */
    static String orderId() {
        return "8" + digits(15);
    }

    /** Songbird's {@code sessionId}: {@code 0_} and a UUID. */
    static String sessionId() {
        return "0_" + uuid();
    }

    /** Base64 of 20 bytes, 28 characters. */
    static String cavv() {
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
