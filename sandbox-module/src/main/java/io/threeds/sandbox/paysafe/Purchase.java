package io.threeds.sandbox.paysafe;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in minor units of an ISO 4217 currency, and its 3-D Secure 1.0 forms: the numeric currency
 * code ({@code 978}), the exponent ({@code 2}) and the amount as the shopper reads it ({@code 10.00 EUR}).
 *
 * @param currency the alphabetic code, as Paysafe's JSON has it; see {@link #isKnownCurrency(String)}
 */
public record Purchase(long amount, String currency) {
    /** Paysafe's amounts have at most 11 digits. */
    static final long MAX_AMOUNT = 99_999_999_999L;

    /** An upper-case ISO 4217 code the JDK knows, with a numeric code and minor units. */
    static boolean isKnownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getNumericCode() > 0 && currency.getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The PaReq's and PARes's {@code currency}: ISO 4217 numeric, three digits. */
    public String numericCurrency() {
        return "%03d".formatted(Currency.getInstance(currency).getNumericCode());
    }

    /** The PaReq's and PARes's {@code exponent}: the currency's minor units. */
    public int exponent() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** {@code 1000} EUR as {@code 10.00 EUR}: the PaReq's display {@code amount} and the ACS page's. */
    public String formatted() {
        return BigDecimal.valueOf(amount, exponent()).toPlainString() + " " + currency;
    }
}
