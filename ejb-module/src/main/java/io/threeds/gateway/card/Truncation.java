package io.threeds.gateway.card;

/**
 * How much of a card number may be kept, decided in one place (PCI DSS v4 §3.4.1, and the card brands'
 * truncation rules): the first 8 digits only of a 16- to 19-digit number, the first 6 of a shorter one,
 * and the last 4. Shorter numbers keep fewer digits so that the hidden middle stays at least 6 digits
 * long: with BIN 8 a 12-digit number would be kept whole and a 13-digit one recoverable through Luhn.
 */
public final class Truncation {
    /** The shortest number whose first 8 digits may be kept. */
    private static final int LONG_PAN = 16;

    private Truncation() {
    }

    /** The leading digits that may be kept: 8 of a 16-19 digit number, 6 of a shorter one. */
    public static String bin(String digits) {
        return digits.substring(0, binLength(digits.length()));
    }

    public static String last4(String digits) {
        return digits.substring(digits.length() - 4);
    }

    /** The number with the hidden digits as {@code *}: BIN, stars, last 4. */
    public static String masked(String digits) {
        int bin = binLength(digits.length());
        return digits.substring(0, bin) + "*".repeat(digits.length() - bin - 4) + last4(digits);
    }

    /**
     * A BIN a provider reported, cut to what may be kept for a number of the given length (unknown: 6,
     * the rule for the shortest numbers).
     */
    public static String reportedBin(String bin, Integer panLength) {
        if (bin == null) {
            return null;
        }
        int keep = binLength(panLength == null ? 0 : panLength);
        return bin.length() <= keep ? bin : bin.substring(0, keep);
    }

    private static int binLength(int length) {
        return length >= LONG_PAN ? 8 : 6;
    }
}
