package io.threeds.gateway.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A card encrypted in the shopper's browser for a provider's public key (verifone.js output: base64 of an
 * ASCII-armoured OpenPGP message) and the alias of that key. Opaque to the gateway, which only passes it
 * on; {@link #toString()} never shows it.
 */
public record EncryptedCard(
        @NotNull(message = "is required") @Size(max = MAX_LENGTH, message = "must be at most {max} characters")
        @WellFormedEncryption String blob,
        @NotNull(message = "is required") @Size(max = 64, message = "must be at most {max} characters")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a key alias: letters, digits, '.', '_' or '-'")
        String publicKeyAlias) {
    /** Far above what one card encrypted for a 4096-bit key takes, armoured and base64'd (about 2 KiB). */
    public static final int MAX_LENGTH = 16_384;

    /** Whether {@code blob} is base64 of an armoured OpenPGP message; whether it opens, only the provider knows. */
    public static boolean isArmouredMessage(String blob) {
        try {
            String armoured = new String(Base64.getDecoder().decode(blob), StandardCharsets.US_ASCII).strip();
            return armoured.startsWith("-----BEGIN PGP MESSAGE-----")
                    && armoured.endsWith("-----END PGP MESSAGE-----");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "EncryptedCard[" + publicKeyAlias + "]";
    }
}
