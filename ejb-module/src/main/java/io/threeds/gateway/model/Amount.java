package io.threeds.gateway.model;

/** Money in minor units of an ISO 4217 currency. */
public record Amount(long value, String currency) {
}
