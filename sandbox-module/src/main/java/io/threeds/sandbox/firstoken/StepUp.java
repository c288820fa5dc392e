package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ShopperAnswer;

/**
 * An authentication enroll answered with {@code pares_status C}, keyed by its
 * {@code authentication_transaction_id}: what the step-up page and validate need. Of the card only its
 * scheme and masked form are kept.
 *
 * @param maskedCard the card number with only its last 4 digits, for the step-up page
 * @param returnUrl  where the step-up posts {@code TransactionId} and {@code MD}, checked at enroll
 * @param result     the shopper's result, {@code null} until the step-up page was answered
 */
record StepUp(String transactionId, String referenceId, FirstokenScenario scenario, CardType cardType,
              String maskedCard, Amount amount, AuthenticationIds ids, String returnUrl,
              AuthenticationResult result) {

    boolean answered() {
        return result != null;
    }

    StepUp answered(ShopperAnswer answer) {
        return new StepUp(transactionId, referenceId, scenario, cardType, maskedCard, amount, ids, returnUrl,
                Issuer.answer(scenario, cardType, answer));
    }
}
