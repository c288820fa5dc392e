package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * {@code order_info.amount_details}: {@code total_amount} in major units of its ISO 4217 {@code currency}, as
 * the seed writes it: a JSON string of digits ({@code "1000"} MXN, 002:179, 002:300) with at most the
 * currency's decimals ({@code "10.50"} EUR, {@code "1000"} JPY). The seed does not name the unit (G-F10); it is
 * the gateway's reading of it (CyberSource's decimal {@code totalAmount} [X]; ejb-module's
 * {@code FirstokenWire.totalAmount}). Refused: a JSON number, the way minor-unit APIs send amounts, and more
 * decimals than the currency has, which no amount in major units can carry.
 */
record Amount(BigDecimal majorUnits, Currency currency) {
    static final String TOTAL_AMOUNT = "order_info.amount_details.total_amount";
    static final String CURRENCY = "order_info.amount_details.currency";

    Amount(String majorUnits, String currency) {
        this(new BigDecimal(majorUnits), Currency.getInstance(currency));
    }

    /** Empty unless {@link #currency(RequestBody)} and {@link #total(RequestBody, Currency)} both are. */
    static Optional<Amount> of(RequestBody body) {
        return currency(body).flatMap(currency -> total(body, currency).map(total -> new Amount(total, currency)));
    }

    /** A code the ISO 4217 list knows, with a number of decimals: three capital letters. */
    static Optional<Currency> currency(RequestBody body) {
        return body.text(CURRENCY).filter(code -> code.matches("[A-Z]{3}")).flatMap(Amount::known)
                .filter(currency -> currency.getDefaultFractionDigits() >= 0);
    }

    /** A string of up to 15 digits, then at most the currency's decimals after a point. */
    static Optional<BigDecimal> total(RequestBody body, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        String format = digits == 0 ? "\\d{1,15}" : "\\d{1,15}(\\.\\d{1," + digits + "})?";
        return body.value(TOTAL_AMOUNT).filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString())
                .filter(text -> text.matches(format)).map(BigDecimal::new);
    }

    /** What the refused {@code total_amount} should have been. */
    static String expected(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return TOTAL_AMOUNT + " must be a string of major units with at most " + digits + " decimals for "
                + currency.getCurrencyCode() + (digits == 0 ? ", such as \"1000\"" : ", such as \"1000\" or \"10.50\"");
    }

    /** {@code "1000"} MXN as {@code 1000.00 MXN}, for the step-up page. */
    String display() {
        return majorUnits.setScale(currency.getDefaultFractionDigits()).toPlainString() + " " + currency.getCurrencyCode();
    }

    /** The amount as the payment's answer gives it back: a number, as sent ({@code 1000}, 002:348). */
    JsonNumber number() {
        return Jsonp.createValue(majorUnits);
    }

    private static Optional<Currency> known(String code) {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
