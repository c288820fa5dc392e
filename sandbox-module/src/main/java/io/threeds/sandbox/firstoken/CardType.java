package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;

/**
 * {@code card.type} of enroll's answer and the scheme's {@code commerce_indicator} values (PROVIDERS.md
 * §3.6, G-F7): the scheme's own indicator for an authenticated or attempted result, {@code internet} for
 * every other one (the seed's payment example: U with ECI 07 and {@code internet}). ECIs follow the shared
 * {@link CardBrand}: Mastercard's 02/01/00, Visa's 05/06/07 for every other scheme.
 */
public enum CardType {
    VISA("vbv", "vbv_attempted"),
    MASTERCARD("spa", "spa"),
    AMEX("aesk", "aesk_attempted"),
    DISCOVER("pb", "pb_attempted"),
    DINERS("pb", "pb_attempted"),
    JCB("js", "js_attempted"),
    UNKNOWN(CardType.NOT_AUTHENTICATED, CardType.NOT_AUTHENTICATED);

    static final String NOT_AUTHENTICATED = "internet";

    private final String authenticatedIndicator;
    private final String attemptedIndicator;

    CardType(String authenticatedIndicator, String attemptedIndicator) {
        this.authenticatedIndicator = authenticatedIndicator;
        this.attemptedIndicator = attemptedIndicator;
    }

    /** Visa and Mastercard as the shared {@link CardBrand} says; the other schemes from their leading digits. */
    static CardType of(CardNumber card) {
        String digits = card.digits();
        return switch (card.brand()) {
            case VISA -> VISA;
            case MASTERCARD -> MASTERCARD;
            case OTHER -> {
                if (digits.startsWith("34") || digits.startsWith("37")) {
                    yield AMEX;
                }
                if (digits.startsWith("6011") || digits.startsWith("65")) {
                    yield DISCOVER;
                }
                if (digits.matches("35(2[89]|[3-8]\\d).*")) {
                    yield JCB;
                }
                if (digits.matches("(36|38|30[0-5]).*")) {
                    yield DINERS;
                }
                yield UNKNOWN;
            }
        };
    }

    /** The ECI family: Visa's and Mastercard's own, Visa's values for the other schemes. */
    CardBrand brand() {
        return switch (this) {
            case VISA -> CardBrand.VISA;
            case MASTERCARD -> CardBrand.MASTERCARD;
            default -> CardBrand.OTHER;
        };
    }

    String authenticatedIndicator() {
        return authenticatedIndicator;
    }

    String attemptedIndicator() {
        return attemptedIndicator;
    }
}
