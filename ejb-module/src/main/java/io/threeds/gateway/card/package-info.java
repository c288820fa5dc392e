/**
 * Card data handling. A full card number lives only in memory ({@link io.threeds.gateway.card.PlainCard},
 * whose {@code toString} masks it) for the length of a provider call; what is stored is BIN, last 4,
 * brand and a keyed fingerprint. Secrets that must be stored (the authentication value) go through
 * {@link io.threeds.gateway.card.FieldCipher}.
 */
package io.threeds.gateway.card;
