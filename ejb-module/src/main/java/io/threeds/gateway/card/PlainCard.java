package io.threeds.gateway.card;

/**
 * A card as the merchant sent it. Held in memory only; never persisted, never logged:
 * {@link #toString()} shows BIN and last 4 only.
 */
public record PlainCard(String number, int expiryMonth, int expiryYear, String holderName, String securityCode) {

    public String bin() {
        return number.substring(0, Math.min(8, number.length() - 4));
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public CardBrand brand() {
        return CardBrand.of(number);
    }

    /** Expiry as MMYY, the form most provider APIs take. */
    public String expiryMmYy() {
        return String.format("%02d%02d", expiryMonth, expiryYear % 100);
    }

    public String masked() {
        return bin() + "…" + last4();
    }

    @Override
    public String toString() {
        return "PlainCard[" + masked() + "]";
    }
}
