package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.intergiro.VerificationStep.ANTIFRAUD;
import static io.threeds.sandbox.intergiro.VerificationStep.CHALLENGE;
import static io.threeds.sandbox.intergiro.VerificationStep.METHOD;
import static io.threeds.sandbox.intergiro.VerificationStep.PARES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ShopperAnswer;
import io.threeds.sandbox.TestCardScenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IntergiroScenarioTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "4000000000002701, METHOD_THEN_AUTHORIZED",
            "4000000000002719, METHOD_THEN_ACS_ATTEMPTS",
            "4000000000002925, METHOD_THEN_ACS_NOT_AUTHENTICATED",
            "4000000000002313, METHOD_THEN_ACS_UNAVAILABLE",
            "4000000000002537, METHOD_THEN_ACS_REJECTS",
            "4000000000002503, METHOD_THEN_CHALLENGE",
            "4000000000002370, METHOD_THEN_CHALLENGE_FAILS",
            "4000000000002420, METHOD_THEN_CHALLENGE_UNAVAILABLE",
            "4000100000000000, METHOD_THEN_AUTHORIZED",
            "4111111111111111, METHOD_THEN_CHALLENGE",
            "4000000000010001, ANTIFRAUD_THEN_METHOD_THEN_AUTHORIZED",
            "4000000000000002, THREE_DS_1",
            "4000000000002446, AUTHORIZED_WITHOUT_VERIFICATION",
            "4000000000002990, AUTHORIZED_WITHOUT_VERIFICATION",
            "4000000000002560, AUTHORIZED_WITHOUT_VERIFICATION",
            "4000000000055550, METHOD_THEN_ACS_REJECTS",
            "4000000000002354, SLOW_METHOD_THEN_AUTHORIZED",
            "4012000033330026, METHOD_THEN_AUTHORIZED",
            "5200000000052701, METHOD_THEN_AUTHORIZED",
            "5200000000052503, METHOD_THEN_CHALLENGE",
            "5200000000052925, METHOD_THEN_ACS_NOT_AUTHENTICATED",
            "5200000000052537, METHOD_THEN_ACS_REJECTS",
            "4242424242424242, METHOD_THEN_AUTHORIZED",
            "5555550000004444, METHOD_THEN_AUTHORIZED"
    })
    void honoursEverySandboxRow(String card, IntergiroScenario expected) {
        assertEquals(expected, IntergiroScenario.of(new CardNumber(card)));
    }

    @ParameterizedTest
    @EnumSource(value = TestCardScenario.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void mapsEveryRowExplicitly(TestCardScenario row) {
        assertTrue(IntergiroScenario.forRow(row).isPresent(), row + " has no intergiro outcome");
    }

    @Test
    void stepsFollowTheRows() {
        assertEquals(List.of(METHOD), IntergiroScenario.METHOD_THEN_AUTHORIZED.steps());
        assertEquals(List.of(METHOD, CHALLENGE), IntergiroScenario.METHOD_THEN_ACS_REJECTS.steps());
        assertEquals(List.of(METHOD, CHALLENGE), IntergiroScenario.METHOD_THEN_CHALLENGE.steps());
        assertEquals(List.of(ANTIFRAUD, METHOD), IntergiroScenario.ANTIFRAUD_THEN_METHOD_THEN_AUTHORIZED.steps());
        assertEquals(List.of(PARES), IntergiroScenario.THREE_DS_1.steps());
        assertEquals(List.of(), IntergiroScenario.AUTHORIZED_WITHOUT_VERIFICATION.steps());
        assertEquals(List.of(METHOD), IntergiroScenario.SLOW_METHOD_THEN_AUTHORIZED.steps());
        assertTrue(IntergiroScenario.SLOW_METHOD_THEN_AUTHORIZED.answersSlowly());
    }

    @ParameterizedTest(name = "{0}: code {1}, wrong {2}, cancel {3}, ACS alone {4}")
    @CsvSource({
            "METHOD_THEN_CHALLENGE, Y, N, U, ",
            "METHOD_THEN_CHALLENGE_FAILS, N, N, U, ",
            "METHOD_THEN_CHALLENGE_UNAVAILABLE, U, U, U, ",
            "THREE_DS_1, Y, N, U, ",
            "METHOD_THEN_ACS_ATTEMPTS, , , U, A",
            "METHOD_THEN_ACS_NOT_AUTHENTICATED, , , U, N",
            "METHOD_THEN_ACS_UNAVAILABLE, , , U, U",
            "METHOD_THEN_ACS_REJECTS, , , U, R"
    })
    void decidesChallenges(IntergiroScenario scenario, TransStatus code, TransStatus wrong, TransStatus cancel,
                           TransStatus alone) {
        if (alone == null) {
            assertTrue(scenario.acsDecision().isEmpty());
            assertEquals(code, scenario.result(ShopperAnswer.CORRECT_CODE));
            assertEquals(wrong, scenario.result(ShopperAnswer.WRONG_CODE));
        } else {
            assertEquals(alone, scenario.acsDecision().orElseThrow());
        }
        assertEquals(cancel, scenario.result(ShopperAnswer.CANCEL));
    }

    @Test
    void readsTheShoppersAnswer() {
        assertEquals(ShopperAnswer.CORRECT_CODE, ShopperAnswer.of("submit", " 1234 "));
        assertEquals(ShopperAnswer.WRONG_CODE, ShopperAnswer.of("submit", "1235"));
        assertEquals(ShopperAnswer.WRONG_CODE, ShopperAnswer.of(null, null));
        assertEquals(ShopperAnswer.CANCEL, ShopperAnswer.of("cancel", "1234"));
    }
}
