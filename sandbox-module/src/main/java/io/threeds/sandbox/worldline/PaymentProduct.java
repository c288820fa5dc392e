package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardNumber;
import java.util.Optional;

/**
 * The card payment products the simulator tells apart by a card number's leading digits, with their
 * {@code paymentProductId}: Visa's {@code 1} is the seed's (004:203, 004:265), the others Connect's
 * published ids [X]. Create Payment refuses an id that is not the card number's product, so a brand sent
 * as another one shows up ([P]: the seed does not say how Connect reacts, only that the id names the
 * product). A number of a range not listed here may come with any id.
 */
enum PaymentProduct {
    VISA(1), AMERICAN_EXPRESS(2), MASTERCARD(3), MAESTRO(117), JCB(125), DISCOVER(128), DINERS_CLUB(132);

    final int id;

    PaymentProduct(int id) {
        this.id = id;
    }

    static Optional<PaymentProduct> of(CardNumber card) {
        if (!card.isWellFormed()) {
            return Optional.empty();
        }
        String digits = card.digits();
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.startsWith("4")) {
            return Optional.of(VISA);
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return Optional.of(MASTERCARD);
        }
        if (two == 34 || two == 37) {
            return Optional.of(AMERICAN_EXPRESS);
        }
        if (four == 6011 || two == 65) {
            return Optional.of(DISCOVER);
        }
        if (four >= 3528 && four <= 3589) {
            return Optional.of(JCB);
        }
        if (two == 36 || two == 38 || (four >= 3000 && four <= 3059)) {
            return Optional.of(DINERS_CLUB);
        }
        if (two == 50 || (two >= 56 && two <= 69)) {
            return Optional.of(MAESTRO);
        }
        return Optional.empty();
    }
}
