package io.threeds.client;

/** The card as the gateway keeps and shows it: never more than BIN and last 4. */
public record CardSummary(String bin, String last4, String brand, Integer expiryMonth, Integer expiryYear) {
}
