/**
 * Card data handling. A full card number lives only in memory ({@link io.threeds.gateway.card.Card},
 * whose {@code toString} masks it) for the length of a provider call, or never reaches the gateway when
 * the shopper's browser encrypted it for the provider ({@link io.threeds.gateway.card.EncryptedCard});
 * what is stored is BIN, last 4, brand and a keyed fingerprint. Secrets that must be stored (the
 * authentication value) go through {@link io.threeds.gateway.card.FieldCipher}. The card's own Bean
 * Validation constraints (Luhn, expiry, encrypted card's shape) live here beside it.
 */
package io.threeds.gateway.card;
