package io.threeds.sandbox;

import java.util.Arrays;
import java.util.List;

/**
 * The test-card table of SANDBOX.md, one constant per row, matched on the exact card number (the
 * Mastercard twins {@code 52000000000527xx} belong to the row of their Visa twin). Every provider honours
 * every row through its own documented mechanism; a card in no row is {@link #OTHER}: frictionless,
 * authenticated.
 */
public enum TestCardScenario {
    FRICTIONLESS_AUTHENTICATED("4000000000002701", "4012000033330026", "5200000000052701"),
    FRICTIONLESS_ATTEMPTED("4000000000002719"),
    FRICTIONLESS_NOT_AUTHENTICATED("4000000000002925", "5200000000052925"),
    FRICTIONLESS_UNAVAILABLE("4000000000002313"),
    FRICTIONLESS_REJECTED("4000000000002537", "5200000000052537"),
    CHALLENGE("4000000000002503", "5200000000052503"),
    CHALLENGE_FAILS("4000000000002370"),
    CHALLENGE_THEN_UNAVAILABLE("4000000000002420"),
    METHOD_THEN_FRICTIONLESS("4000100000000000"),
    METHOD_THEN_CHALLENGE("4111111111111111"),
    DEVICE_STEP_THEN_FRICTIONLESS("4000000000010001"),
    THREE_DS_1("4000000000000002"),
    ENROLLMENT_ERROR("4000000000002446"),
    ENROLLED_UNAVAILABLE("4000000000002990"),
    AUTHENTICATION_BYPASSED("4000000000002560"),
    REJECTED_WITH_CARDHOLDER_INFO("4000000000055550"),
    SLOW_PROVIDER("4000000000002354"),
    OTHER;

    private final List<String> cardNumbers;

    TestCardScenario(String... cardNumbers) {
        this.cardNumbers = List.of(cardNumbers);
    }

    public static TestCardScenario of(CardNumber card) {
        return Arrays.stream(values())
                .filter(row -> row.cardNumbers.contains(card.digits()))
                .findFirst()
                .orElse(OTHER);
    }

    public List<String> cardNumbers() {
        return cardNumbers;
    }
}
