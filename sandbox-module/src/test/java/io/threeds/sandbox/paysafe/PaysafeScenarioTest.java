package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ShopperAnswer;
import io.threeds.sandbox.TestCardScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PaysafeScenarioTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "4000000000002701, AUTHENTICATED",
            "4000000000002719, ATTEMPTED",
            "4000000000002925, NOT_AUTHENTICATED",
            "4000000000002313, UNAVAILABLE",
            "4000000000002537, NOT_AUTHENTICATED",
            "4000000000002503, CODE",
            "4000000000002370, CODE_FAILS",
            "4000000000002420, CODE_THEN_UNAVAILABLE",
            "4000100000000000, AUTHENTICATED",
            "4111111111111111, CODE",
            "4000000000010001, AUTHENTICATED",
            "4000000000000002, CODE",
            "4000000000002446, ENROLLMENT_UNAVAILABLE",
            "4000000000002990, ENROLLMENT_UNAVAILABLE",
            "4000000000002560, NOT_ENROLLED",
            "4000000000055550, NOT_AUTHENTICATED",
            "4000000000002354, SLOW_AUTHENTICATED",
            "4012000033330026, AUTHENTICATED",
            "5200000000052701, AUTHENTICATED",
            "5200000000052503, CODE",
            "5200000000052925, NOT_AUTHENTICATED",
            "5200000000052537, NOT_AUTHENTICATED",
            "4242424242424242, AUTHENTICATED",
            "5555555555554444, AUTHENTICATED"
    })
    void honoursEverySandboxRow(String card, PaysafeScenario expected) {
        assertEquals(expected, PaysafeScenario.of(new CardNumber(card)));
    }

    @ParameterizedTest
    @EnumSource(value = TestCardScenario.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void mapsEveryRowExplicitly(TestCardScenario row) {
        assertTrue(PaysafeScenario.forRow(row).isPresent(), row + " has no paysafe outcome");
    }

    /** The whole row: enrollment, ACS behaviour, PaRes status and its ECI, Visa and Mastercard. */
    @ParameterizedTest(name = "{0}: enrolled {1}, {2} -> {3} ECI {4}")
    @CsvSource({
            "4000000000002701, Y, AUTO,   Y, 05",
            "4012000033330026, Y, AUTO,   Y, 05",
            "4000100000000000, Y, AUTO,   Y, 05",
            "4000000000010001, Y, AUTO,   Y, 05",
            "4000000000002354, Y, AUTO,   Y, 05",
            "4242424242424242, Y, AUTO,   Y, 05",
            "5200000000052701, Y, AUTO,   Y, 02",
            "4000000000002719, Y, AUTO,   A, 06",
            "4000000000002925, Y, AUTO,   N, ",
            "5200000000052925, Y, AUTO,   N, ",
            "4000000000002313, Y, AUTO,   U, ",
            "4000000000002537, Y, AUTO,   N, ",
            "5200000000052537, Y, AUTO,   N, ",
            "4000000000055550, Y, AUTO,   N, ",
            "4000000000002503, Y, 1234,   Y, 05",
            "4000000000002503, Y, 9999,   N, ",
            "4000000000002503, Y, CANCEL, U, ",
            "5200000000052503, Y, 1234,   Y, 02",
            "5200000000052503, Y, 0000,   N, ",
            "5200000000052503, Y, CANCEL, U, ",
            "4111111111111111, Y, 1234,   Y, 05",
            "4111111111111111, Y, 4321,   N, ",
            "4111111111111111, Y, CANCEL, U, ",
            "4000000000000002, Y, 1234,   Y, 05",
            "4000000000000002, Y, 0000,   N, ",
            "4000000000000002, Y, CANCEL, U, ",
            "4000000000002370, Y, 1234,   N, ",
            "4000000000002370, Y, 0000,   N, ",
            "4000000000002370, Y, CANCEL, N, ",
            "4000000000002420, Y, 1234,   U, ",
            "4000000000002420, Y, 0000,   U, ",
            "4000000000002420, Y, CANCEL, U, "
    })
    void enrolledRowsEndInTheirPaResStatus(String card, String enrolled, String shopper, PaResStatus status,
                                          String eci) {
        CardNumber number = new CardNumber(card);
        PaysafeScenario scenario = PaysafeScenario.of(number);
        assertEquals(enrolled, scenario.threeDEnrollment());
        assertTrue(scenario.enrolled());
        PaResStatus result;
        if (shopper.equals("AUTO")) {
            assertFalse(scenario.asksForCode(), "answers without interaction");
            result = scenario.withoutInteraction();
        } else {
            assertTrue(scenario.asksForCode(), "shows the code page");
            result = scenario.answer(shopper.equals("CANCEL")
                    ? ShopperAnswer.of("cancel", "")
                    : ShopperAnswer.of("submit", shopper));
        }
        assertEquals(status, result);
        assertEquals(eci, result.eci(number.brand()));
    }

    @ParameterizedTest(name = "{0}: threeDEnrollment {1}")
    @CsvSource({"4000000000002446, U", "4000000000002990, U", "4000000000002560, N"})
    void notEnrolledRowsHaveNoAcs(String card, String enrolled) {
        PaysafeScenario scenario = PaysafeScenario.of(new CardNumber(card));
        assertEquals(enrolled, scenario.threeDEnrollment());
        assertFalse(scenario.enrolled());
        assertFalse(scenario.asksForCode());
    }

    @Test
    void refusesTheWrongQuestion() {
        assertThrows(IllegalStateException.class, () -> PaysafeScenario.CODE.withoutInteraction());
        assertThrows(IllegalStateException.class, () -> PaysafeScenario.AUTHENTICATED.answer(ShopperAnswer.CORRECT_CODE));
    }

    @Test
    void readsTheShoppersAnswer() {
        assertEquals(ShopperAnswer.CORRECT_CODE, ShopperAnswer.of("submit", " 1234 "));
        assertEquals(ShopperAnswer.CORRECT_CODE, ShopperAnswer.of(null, "1234"));
        assertEquals(ShopperAnswer.WRONG_CODE, ShopperAnswer.of("submit", null));
        assertEquals(ShopperAnswer.CANCEL, ShopperAnswer.of("cancel", "1234"));
    }

    @Test
    void onlyYAndACarryAnEci() {
        assertEquals("06", PaResStatus.A.eci(CardBrand.VISA));
        assertEquals("01", PaResStatus.A.eci(CardBrand.MASTERCARD));
        assertEquals(null, PaResStatus.U.eci(CardBrand.MASTERCARD));
        assertTrue(PaResStatus.A.authenticates());
        assertFalse(PaResStatus.N.authenticates());
    }
}
