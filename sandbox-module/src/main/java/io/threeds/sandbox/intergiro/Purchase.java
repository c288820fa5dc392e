package io.threeds.sandbox.intergiro;

import java.math.BigDecimal;
import java.util.Currency;

/** The amount, in major units as Intergiro takes it ({@code 10}, {@code 7.5}), and its currency. */
public record Purchase(BigDecimal amount, Currency currency) {

    /** The amount in minor units, as the PaReq's {@code purchAmount} and the PaRes's {@code amount} carry it. */
    String minorUnits() {
        return amount.movePointRight(currency.getDefaultFractionDigits()).toBigIntegerExact().toString();
    }

    /** The same amount (whatever its scale: 10 and 10.00 are the same) in the same currency. */
    boolean isSameAs(Purchase other) {
        return amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
