package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What a cycle keeps of its card: no card number, only what the 201 shows ({@code iin}, {@code last4},
 * scheme, expiry, whether a security code came), the masked form for the pages, and a SHA-256 fingerprint
 * to recognise the same card in a re-POST.
 */
public record CardOnFile(String iin, String lastFour, String masked, CardBrand brand, int month, int year,
                         boolean hasSecurityCode, String fingerprint) {

    static CardOnFile of(PaymentCard card) {
        CardNumber number = card.number();
        return new CardOnFile(number.digits().substring(0, 6), number.lastFour(), number.lastFourOnly(),
                number.brand(), card.month(), card.year(), card.hasSecurityCode(), fingerprint(number));
    }

    boolean isCard(CardNumber number) {
        return MessageDigest.isEqual(fingerprint.getBytes(StandardCharsets.US_ASCII),
                fingerprint(number).getBytes(StandardCharsets.US_ASCII));
    }

    /** The 201's {@code card.scheme}: {@code visa}, {@code mastercard}, or {@code unknown} for other brands. */
    String scheme() {
        return switch (brand) {
            case VISA -> "visa";
            case MASTERCARD -> "mastercard";
            case OTHER -> "unknown";
        };
    }

    private static String fingerprint(CardNumber number) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(number.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
