package io.threeds.sandbox;

/**
 * A card number (PAN) as sent to a simulator: digits only, spaces and dashes removed. The simulators
 * keep only its masked forms.
 */
public record CardNumber(String digits) {

    public CardNumber {
        digits = digits == null ? "" : digits.replaceAll("[\\s-]", "");
    }

    public boolean isWellFormed() {
        return digits.matches("\\d{12,19}");
    }

    public CardBrand brand() {
        return isWellFormed() ? CardBrand.of(digits) : CardBrand.OTHER;
    }

    public String lastFour() {
        return digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits;
    }

    /** First 6 and last 4 digits kept, the rest starred: {@code 400000******2701}. */
    public String binAndLastFour() {
        if (digits.length() < 10) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + lastFour();
    }

    /** Only the last 4 digits kept: {@code ************0026}. */
    public String lastFourOnly() {
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 4) + lastFour();
    }
}
