package io.threeds.gateway.authentication;

/**
 * What the hosted page tells the shopper about the payment besides the provider's step: who is paid
 * (the merchant's display name, else its name; its logo as a data: URI and its #rrggbb accent colour,
 * each null when it has none), how much (minor units, the currency's ISO 4217 code), and the language
 * the merchant saw the shopper's browser use ({@code browser.language}, null when it sent none).
 */
public record ShopperView(String language, String merchantName, String logo, String accentColor,
                          long amountValue, String currency) {
}
