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
    void theSeedsAmountIsAStringOfMajorUnits() {
        assertEquals(Optional.of(new Amount("1000", "MXN")), Amount.of(body(Json.createValue("1000"), "MXN")),
                "002:179");
        assertEquals("1000.00 MXN", new Amount("1000", "MXN").display());
    }

    @Test
    void takesUpToTheCurrencysDecimals() {
        assertEquals(Optional.of(new Amount("10.50", "EUR")), Amount.of(body(Json.createValue("10.50"), "EUR")));
        assertEquals(Optional.of(new Amount("10.5", "EUR")), Amount.of(body(Json.createValue("10.5"), "EUR")));
        assertEquals(Optional.of(new Amount("0", "EUR")), Amount.of(body(Json.createValue("0"), "EUR")));
        assertEquals(Optional.of(new Amount("1000", "JPY")), Amount.of(body(Json.createValue("1000"), "JPY")));
        assertEquals(Optional.of(new Amount("1.234", "KWD")), Amount.of(body(Json.createValue("1.234"), "KWD")));
    }

    @Test
    void refusesAnAmountNoMajorUnitAmountCanBe() {
        assertTrue(Amount.of(body(Json.createValue(1000), "MXN")).isEmpty(), "a JSON number, as minor-unit APIs send");
        assertTrue(Amount.of(body(Json.createValue(new BigDecimal("10.50")), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("10.505"), "EUR")).isEmpty(), "EUR has 2 decimals");
        assertTrue(Amount.of(body(Json.createValue("1000.5"), "JPY")).isEmpty(), "JPY has none");
        assertTrue(Amount.of(body(Json.createValue("10."), "EUR")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("-1"), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("1e3"), "MXN")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("9999999999999999"), "MXN")).isEmpty());
        assertTrue(Amount.of(body(JsonValue.TRUE, "MXN")).isEmpty());
    }

    @Test
    void refusesCodesThatAreNotIso4217() {
        assertTrue(Amount.of(body(Json.createValue("1000"), "484")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("1000"), "mxn")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("1000"), "ABC")).isEmpty());
        assertTrue(Amount.of(body(Json.createValue("1000"), "XXX")).isEmpty(), "no currency, no decimals");
    }

    @Test
    void displaysTheCurrencysDecimalsAndGivesTheNumberBackAsSent() {
        assertEquals("10.50 EUR", new Amount("10.5", "EUR").display());
        assertEquals("1000 JPY", new Amount("1000", "JPY").display());
        assertEquals(Json.createValue(new BigDecimal("1000")), new Amount("1000", "MXN").number());
    }

    private static RequestBody body(JsonValue total, String currency) {
        return new RequestBody(Json.createObjectBuilder().add("order_info", Json.createObjectBuilder()
                .add("amount_details", Json.createObjectBuilder().add("total_amount", total).add("currency", currency)))
                .build());
    }
}
