package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCardScenarioTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4000000000002701, FRICTIONLESS_AUTHENTICATED",
            "4000000000002719, FRICTIONLESS_ATTEMPTED",
            "4000000000002925, FRICTIONLESS_NOT_AUTHENTICATED",
            "4000000000002313, FRICTIONLESS_UNAVAILABLE",
            "4000000000002537, FRICTIONLESS_REJECTED",
            "4000000000002503, CHALLENGE",
            "4000000000002370, CHALLENGE_FAILS",
            "4000000000002420, CHALLENGE_THEN_UNAVAILABLE",
            "4000100000000000, METHOD_THEN_FRICTIONLESS",
            "4111111111111111, METHOD_THEN_CHALLENGE",
            "4000000000010001, DEVICE_STEP_THEN_FRICTIONLESS",
            "4000000000000002, THREE_DS_1",
            "4000000000002446, ENROLLMENT_ERROR",
            "4000000000002990, ENROLLED_UNAVAILABLE",
            "4000000000002560, AUTHENTICATION_BYPASSED",
            "4000000000055550, REJECTED_WITH_CARDHOLDER_INFO",
            "4000000000002354, SLOW_PROVIDER",
            "4012000033330026, FRICTIONLESS_AUTHENTICATED",
            "5200000000052701, FRICTIONLESS_AUTHENTICATED",
            "5200000000052503, CHALLENGE",
            "5200000000052925, FRICTIONLESS_NOT_AUTHENTICATED",
            "5200000000052537, FRICTIONLESS_REJECTED",
            "4242424242424242, OTHER",
            "5555555555554444, OTHER"
    })
    void matchesEverySandboxRowOnTheExactNumber(String card, TestCardScenario expected) {
        assertEquals(expected, TestCardScenario.of(new CardNumber(card)));
    }

    @Test
    void listsEveryCardOnceAndOnlyWellFormedNumbers() {
        Set<String> seen = new HashSet<>();
        for (TestCardScenario row : TestCardScenario.values()) {
            for (String card : row.cardNumbers()) {
                assertEquals(true, seen.add(card), card + " is listed twice");
                assertEquals(true, new CardNumber(card).isWellFormed(), card);
                assertEquals(row, TestCardScenario.of(new CardNumber(card)));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"4000 0000 0000 2503, CHALLENGE", "4000-0000-0000-2370, CHALLENGE_FAILS"})
    void ignoresSpacesAndDashes(String card, TestCardScenario expected) {
        assertEquals(expected, TestCardScenario.of(new CardNumber(card)));
    }

    @ParameterizedTest
    @CsvSource({"14000000000002701", "400000000002701"})
    void doesNotMatchOnASuffix(String card) {
        assertEquals(TestCardScenario.OTHER, TestCardScenario.of(new CardNumber(card)));
    }
}
