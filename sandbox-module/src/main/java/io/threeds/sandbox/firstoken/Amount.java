package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code order_info.amount_details}: {@code total_amount} in minor units, sent as a string ({@code "1000"},
 * the seed's form) or a whole JSON number (G-F10), and its ISO 4217 {@code currency}.
 */
record Amount(long minorUnits, String currency) {
    static final String TOTAL_AMOUNT = "order_info.amount_details.total_amount";
    static final String CURRENCY = "order_info.amount_details.currency";

    /** Empty unless {@link #total} and {@link #currency} both are. */
    static Optional<Amount> of(RequestBody body) {
        return total(body).flatMap(total -> currency(body).map(currency -> new Amount(total, currency)));
    }

    /** A whole number of minor units from 0 up, as a string of digits or a JSON number. */
    static Optional<Long> total(RequestBody body) {
        return body.value(TOTAL_AMOUNT).flatMap(Amount::minorUnits);
    }

    /** Three capital letters. */
    static Optional<String> currency(RequestBody body) {
        return body.text(CURRENCY).filter(code -> code.matches("[A-Z]{3}"));
    }

    /** {@code 1000 MXN} as {@code 10.00 MXN}, for the step-up page. */
    String display() {
        return BigDecimal.valueOf(minorUnits).movePointLeft(2).toPlainString() + " " + currency;
    }

    private static Optional<Long> minorUnits(JsonValue value) {
        try {
            if (value instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
                return Optional.of(Long.parseLong(text.getString()));
            }
            if (value instanceof JsonNumber number && number.bigDecimalValue().signum() >= 0) {
                return Optional.of(number.bigDecimalValue().longValueExact());
            }
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
