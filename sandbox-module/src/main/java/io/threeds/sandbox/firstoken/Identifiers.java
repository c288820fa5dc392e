package io.threeds.sandbox.firstoken;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Fresh identifiers and values shaped like the seed's (PROVIDERS.md §6.1): random, never derived from
 * the card or the merchant's data.
 */
final class Identifiers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Identifiers() {
    }

    /** 22 digits, as {@code 0001713184422626195536}: {@code 000}, the epoch milliseconds, 6 random digits. */
    static String transactionId(Instant now) {
        return "000%013d".formatted(now.toEpochMilli()) + digits(6);
    }

    /** 22 digits, as {@code 7131844236286267204951}: the epoch seconds' last 9 digits, 13 random digits. */
    static String requestId(Instant now) {
        return "%09d".formatted(now.getEpochSecond() % 1_000_000_000L) + digits(13);
    }

    /** Cardinal's TransactionId: 20 letters and digits, as {@code THLCQ9wc4q7E0xfOia30}. */
    static String authenticationTransactionId() {
        StringBuilder id = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** The opaque {@code token} each call hands out (G-F15): base64 of 42 bytes, 56 characters. */
    static String token() {
        return base64(42);
    }

    static String cavv() {
        return base64(20);
    }

    static String xid() {
        return base64(20);
    }

    /** {@code processor_info.approval_code}: 6 digits. */
    static String approvalCode() {
        return digits(6);
    }

    /** {@code processor_info.transaction_id}: 15 digits, as {@code 016153570198200}. */
    static String processorTransactionId() {
        return digits(15);
    }

    /** {@code created_at}: ISO-8601 UTC to the second, {@code 2024-04-15T12:33:43Z}. */
    static String createdAt(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    private static String base64(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
