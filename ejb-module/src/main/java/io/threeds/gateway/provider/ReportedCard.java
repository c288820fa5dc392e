package io.threeds.gateway.provider;

/**
 * What a provider's answer says about the card, any part may be null: all the gateway learns of a card
 * the shopper's browser encrypted (API.md §2). BIN and last 4 at most, never more.
 */
public record ReportedCard(String bin, String last4, String brand) {
}
