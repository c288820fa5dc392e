package io.threeds.gateway.authentication;

/**
 * How an authentication ended, for a shopper whose browser comes back to the hosted page after it
 * ended (a provider's page submitted twice, the back button, a challenge answered after the time ran
 * out): the page says so in the shopper's language and offers the way back to the shop.
 */
public record Ending(Outcome outcome, ShopperView shopper, String shopUrl) {
    public enum Outcome { VERIFIED, NOT_VERIFIED, EXPIRED }
}
