package io.threeds.client;

/**
 * The card of a new authentication: a {@code number} (12 to 19 digits, Luhn-valid), or for verifone what
 * verifone.js returned ({@code encrypted} and {@code publicKeyAlias}), so that neither the merchant nor the
 * gateway sees the number. {@code securityCode} is optional and never returned.
 */
public record NewCard(String number, String encrypted, String publicKeyAlias, int expiryMonth, int expiryYear,
                      String holderName, String securityCode) {

    public static NewCard of(String number, int expiryMonth, int expiryYear, String holderName) {
        return new NewCard(number, null, null, expiryMonth, expiryYear, holderName, null);
    }

    public static NewCard encrypted(String encrypted, String publicKeyAlias, int expiryMonth, int expiryYear) {
        return new NewCard(null, encrypted, publicKeyAlias, expiryMonth, expiryYear, null, null);
    }

    public NewCard withSecurityCode(String code) {
        return new NewCard(number, encrypted, publicKeyAlias, expiryMonth, expiryYear, holderName, code);
    }

    /** Never prints the number, the ciphertext or the security code. */
    @Override
    public String toString() {
        String last4 = number == null || number.length() < 4 ? "encrypted" : "…" + number.substring(number.length() - 4);
        return "NewCard[" + last4 + "]";
    }
}
