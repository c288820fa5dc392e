package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardBrand;

/**
 * A lookup that answered {@code pares_status C}, kept by its {@code transaction_id} until the shopper answers
 * the ACS page once: what the page shows and what {@code payments.validated} reports. {@code validated} is
 * null until then. Only the masked card number is kept.
 */
record Challenge(String transactionId, VerifoneScenario scenario, CardBrand brand, String maskedCard, int amount,
                 String currencyCode, String acsTransactionId, String dsTransactionId, String contractId,
                 ValidatedEvent validated) {

    boolean answered() {
        return validated != null;
    }

    Challenge answered(ValidatedEvent event) {
        return new Challenge(transactionId, scenario, brand, maskedCard, amount, currencyCode, acsTransactionId,
                dsTransactionId, contractId, event);
    }
}
