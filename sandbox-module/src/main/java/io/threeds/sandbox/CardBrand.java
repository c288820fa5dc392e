package io.threeds.sandbox;

/**
 * The card scheme as far as 3-D Secure results differ: Mastercard has its own ECI values, every other
 * scheme (Visa, Diners Club, Amex...) uses Visa's.
 */
public enum CardBrand {
    VISA("05", "06", "07"),
    MASTERCARD("02", "01", "00"),
    OTHER("05", "06", "07");

    private final String authenticatedEci;
    private final String attemptedEci;
    private final String notAuthenticatedEci;

    CardBrand(String authenticatedEci, String attemptedEci, String notAuthenticatedEci) {
        this.authenticatedEci = authenticatedEci;
        this.attemptedEci = attemptedEci;
        this.notAuthenticatedEci = notAuthenticatedEci;
    }

    /** Visa from a leading 4; Mastercard from 51 to 55 or 2221 to 2720. */
    public static CardBrand of(String digits) {
        if (digits.startsWith("4")) {
            return VISA;
        }
        if (digits.length() >= 4) {
            int two = Integer.parseInt(digits.substring(0, 2));
            int four = Integer.parseInt(digits.substring(0, 4));
            if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
                return MASTERCARD;
            }
        }
        return OTHER;
    }

    /** Transaction status Y: {@code 05}, Mastercard {@code 02}. */
    public String authenticatedEci() {
        return authenticatedEci;
    }

    /** Transaction status A: {@code 06}, Mastercard {@code 01}. */
    public String attemptedEci() {
        return attemptedEci;
    }

    /** N, U, R or no 3-D Secure: {@code 07}, Mastercard {@code 00}. */
    public String notAuthenticatedEci() {
        return notAuthenticatedEci;
    }
}
