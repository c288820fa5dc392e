package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.TestCardScenario;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstokenScenarioTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4000000000002701, SUCCESSFUL_FRICTIONLESS",
            "4012000033330026, SUCCESSFUL_FRICTIONLESS",
            "4000000000010001, SUCCESSFUL_FRICTIONLESS",
            "5200000000052701, SUCCESSFUL_FRICTIONLESS",
            "4000000000002719, ATTEMPTS_PROCESSING_FRICTIONLESS",
            "4000000000002925, UNSUCCESSFUL_FRICTIONLESS",
            "5200000000052925, UNSUCCESSFUL_FRICTIONLESS",
            "4000000000002313, UNAVAILABLE_FRICTIONLESS",
            "4000000000002537, REJECTED_FRICTIONLESS",
            "4000000000055550, REJECTED_FRICTIONLESS",
            "5200000000052537, REJECTED_FRICTIONLESS",
            "4000000000002990, NOT_AVAILABLE_ON_LOOKUP",
            "4000000000002446, ENROLLMENT_CHECK_ERROR",
            "4000000000002354, TIME_OUT",
            "4000000000002560, BYPASSED_AUTHENTICATION",
            "4000000000002503, SUCCESSFUL_STEP_UP",
            "4111111111111111, SUCCESSFUL_STEP_UP",
            "5200000000052503, SUCCESSFUL_STEP_UP",
            "4000000000002370, UNSUCCESSFUL_STEP_UP",
            "4000000000002420, UNAVAILABLE_STEP_UP",
            "4000100000000000, REQUIRE_METHOD_URL",
            "4000010000000001, REQUIRE_METHOD_URL",
            "4000000000000002, THREE_DS_1_STEP_UP",
            "4242424242424242, SUCCESSFUL_FRICTIONLESS",
            "378282246310005, SUCCESSFUL_FRICTIONLESS"})
    void cardDecides(String card, FirstokenScenario expected) {
        assertEquals(expected, FirstokenScenario.of(new CardNumber(card)));
    }

    @Test
    void everySandboxRowHasAFirstokenFlow() {
        Arrays.stream(TestCardScenario.values()).flatMap(row -> row.cardNumbers().stream())
                .forEach(card -> FirstokenScenario.of(new CardNumber(card)));
        assertEquals(FirstokenScenario.SUCCESSFUL_FRICTIONLESS,
                FirstokenScenario.of(new CardNumber("4000 0000 0000 2701")));
    }
}
