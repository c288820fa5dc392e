package io.threeds.gateway.model;

import io.threeds.gateway.card.Card;

/** A validated request to authenticate a payment (API.md §2), card in memory only. */
public record NewAuthentication(String merchantReference, Amount amount, Card card, String provider,
                                Billing billing, Customer customer, BrowserInfo browser, String challengePreference,
                                String returnUrl) {
}
