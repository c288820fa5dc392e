package io.threeds.gateway.authentication;

/**
 * What the hosted page tells the shopper about the payment besides the provider's step: who is paid,
 * how much (minor units, the currency's ISO 4217 code), and the language the merchant saw the shopper's
 * browser use ({@code browser.language}, null when it sent none).
 */
public record ShopperView(String language, String merchantName, long amountValue, String currency) {
}
