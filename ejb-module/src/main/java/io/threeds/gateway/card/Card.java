package io.threeds.gateway.card;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A card as the merchant sent it: a plain {@code number}, or instead a card the shopper's browser
 * encrypted for a provider that takes one ({@code encrypted}, API.md §2), exactly one of them. Held in
 * memory only; never persisted, never logged: {@link #toString()} shows BIN and last 4 at most.
 * Of an encrypted card the gateway knows no BIN, last 4 or brand until the provider reports them.
 */
@NotExpired
public record Card(
        @Size(max = 19, message = "must be at most {max} characters")
        @Pattern(regexp = "\\d{12,19}", message = "must be 12 to 19 digits") @PassesLuhn String number,
        @Valid EncryptedCard encrypted,
        @Min(value = 1, message = "must be between 1 and 12") @Max(value = 12, message = "must be between 1 and 12")
        int expiryMonth,
        @Min(value = 2000, message = "must be between 2000 and 2099")
        @Max(value = 2099, message = "must be between 2000 and 2099") int expiryYear,
        @Size(max = 45, message = "must be at most {max} characters") String holderName,
        @Size(max = 4, message = "must be at most {max} characters")
        @Pattern(regexp = "\\d{3,4}", message = "must be 3 or 4 digits") String securityCode) {

    public Card {
        if ((number == null) == (encrypted == null)) {
            throw new IllegalArgumentException("a card has either a number or an encrypted card");
        }
    }

    public Card(String number, int expiryMonth, int expiryYear, String holderName, String securityCode) {
        this(number, null, expiryMonth, expiryYear, holderName, securityCode);
    }

    /** A client-side encrypted card: its security code, if any, is inside the encrypted blob. */
    public static Card clientEncrypted(EncryptedCard encrypted, int expiryMonth, int expiryYear, String holderName) {
        return new Card(null, encrypted, expiryMonth, expiryYear, holderName, null);
    }

    public boolean isEncrypted() {
        return encrypted != null;
    }

    /** The leading digits that may be kept ({@link Truncation}); null for an encrypted card. */
    public String bin() {
        return number == null ? null : Truncation.bin(number);
    }

    public String last4() {
        return number == null ? null : Truncation.last4(number);
    }

    /** The brand from the number's range; null for an encrypted card. */
    public CardBrand brand() {
        return number == null ? null : CardBrand.of(number);
    }

    /** Expiry as MMYY, the form most provider APIs take. */
    public String expiryMmYy() {
        return String.format("%02d%02d", expiryMonth, expiryYear % 100);
    }

    public String masked() {
        return number == null ? "encrypted" : bin() + "…" + last4();
    }

    @Override
    public String toString() {
        return "Card[" + masked() + "]";
    }
}
