package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;

/**
 * What a cycle keeps of its card: no card number, only what the 201 shows ({@code iin}, {@code last4},
 * scheme, expiry, whether a security code came) and the masked form for the pages. A re-POST's card is
 * recognised by the fingerprint in {@link RequestFields}.
 */
public record CardOnFile(String iin, String lastFour, String masked, CardBrand brand, int month, int year,
                         boolean hasSecurityCode) {

    static CardOnFile of(PaymentCard card) {
        CardNumber number = card.number();
        return new CardOnFile(number.digits().substring(0, 6), number.lastFour(), number.lastFourOnly(),
                number.brand(), card.month(), card.year(), card.hasSecurityCode());
    }

    /** The 201's {@code card.scheme}: {@code visa}, {@code mastercard}, or {@code unknown} for other brands. */
    String scheme() {
        return switch (brand) {
            case VISA -> "visa";
            case MASTERCARD -> "mastercard";
            case OTHER -> "unknown";
        };
    }
}
