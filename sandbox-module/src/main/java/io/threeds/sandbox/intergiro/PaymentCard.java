package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardNumber;

/**
 * The card object of a request ({@code Card.Creatable}): number and {@code expires [month, year2]}. The
 * security code is validated and dropped; only whether there was one is kept.
 */
public record PaymentCard(CardNumber number, int month, int year, boolean hasSecurityCode) {
}
