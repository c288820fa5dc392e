package io.threeds.gateway.authentication;

/** Money in minor units of an ISO 4217 currency. */
public record Amount(long value, String currency) {
}
