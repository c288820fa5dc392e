package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void stringOrNumberInMinorUnits() {
        assertEquals(Optional.of(new Amount(1000, "MXN")), Amount.of(body(Json.createValue("1000"), "MXN")));
        assertEquals(Optional.of(new Amount(1000, "MXN")), Amount.of(body(Json.createValue(1000), "MXN")));
        assertEquals(Optional.of(new Amount(1000, "MXN")),
                Amount.of(body(Json.createValue(new BigDecimal("1000.0")), "MXN")));
        assertEquals(Optional.of(new Amount(0, "EUR")), Amount.of(body(Json.createValue("0"), "EUR")));
    }

    @Test
    void refusesFractionsNegativesAndOddCurrencies() {
        assertTrue(Amount.of(body(Json.createValue("10.00"), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue(new BigDecimal("10.5")), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue(-1), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("99999999999999999999"), "MXN")).isEmpty());
        assertTrue(Amount.of(body(JsonValue.TRUE, "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("1000"), "484")).isEmpty());
    }

    @Test
    void displaysTwoDecimals() {
        assertEquals("10.00 MXN", new Amount(1000, "MXN").display());
        assertEquals("0.05 EUR", new Amount(5, "EUR").display());
    }

    private static RequestBody body(JsonValue total, String currency) {
        return new RequestBody(Json.createObjectBuilder().add("order_info", Json.createObjectBuilder()
                .add("amount_details", Json.createObjectBuilder().add("total_amount", total).add("currency", currency)))
                .build());
    }
}
