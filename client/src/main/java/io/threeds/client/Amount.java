package io.threeds.client;

/** Money in minor units: {@code new Amount(1000, "EUR")} is 10.00 EUR. */
public record Amount(long value, String currency) {
}
