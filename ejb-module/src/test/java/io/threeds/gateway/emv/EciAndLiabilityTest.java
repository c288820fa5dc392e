package io.threeds.gateway.emv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EciAndLiabilityTest {

    @ParameterizedTest
    @CsvSource({"5,05", "05,05", "7,07", "' 2 ',02", "0,00"})
    void eciIsAlwaysTwoDigits(String raw, String normalized) {
        assertEquals(normalized, Eci.normalize(raw));
    }

    @Test
    void blankOrGarbageEciIsNull() {
        assertNull(Eci.normalize(null));
        assertNull(Eci.normalize(""));
        assertNull(Eci.normalize("5a"));
        assertNull(Eci.normalize("123"));
    }

    @ParameterizedTest
    @CsvSource({"05,VISA,FULL", "06,VISA,ATTEMPT", "07,VISA,NONE", "02,MASTERCARD,FULL", "01,MASTERCARD,ATTEMPT",
            "00,MASTERCARD,NONE", "02,VISA,UNKNOWN", "05,MASTERCARD,UNKNOWN", "02,UNKNOWN,FULL", "06,AMEX,ATTEMPT"})
    void eciClassDependsOnTheBrand(String eci, String brand, EciClass expected) {
        assertEquals(expected, Eci.classify(eci, brand));
    }

    @Test
    void attemptsShiftLiabilityButAreNotAuthenticated() {
        Liability attempt = Liability.decide(TransStatus.A, null, "Y", "06", "VISA", true, "RULE");
        assertTrue(attempt.shift());
        assertEquals(RecommendedAction.PROCEED, RecommendedAction.forStatus(TransStatus.A, false));
    }

    @Test
    void liabilityNeedsEveryCondition() {
        assertTrue(Liability.decide(TransStatus.Y, "Y", "Y", "05", "VISA", true, "R").shift());
        assertFalse(Liability.decide(TransStatus.N, "Y", "Y", "05", "VISA", true, "R").shift());
        assertFalse(Liability.decide(TransStatus.Y, "N", "Y", "05", "VISA", true, "R").shift(), "bad signature");
        assertFalse(Liability.decide(TransStatus.Y, "Y", "B", "05", "VISA", true, "R").shift(), "bypassed");
        assertFalse(Liability.decide(TransStatus.Y, "Y", "Y", "07", "VISA", true, "R").shift(), "ECI says none");
        assertFalse(Liability.decide(TransStatus.Y, "Y", "Y", "05", "VISA", false, "R").shift(), "provider rule");
        assertTrue(Liability.decide(TransStatus.Y, null, null, null, "VISA", true, "R").shift(), "nothing against");
    }

    @ParameterizedTest
    @CsvSource({"Y,PROCEED", "A,PROCEED", "U,PROCEED_WITHOUT_LIABILITY_SHIFT", "I,PROCEED_WITHOUT_LIABILITY_SHIFT",
            "N,DO_NOT_PROCEED", "R,DO_NOT_PROCEED", "C,AWAIT_BROWSER", "D,AWAIT_BROWSER"})
    void recommendedActionPerStatus(TransStatus status, RecommendedAction action) {
        assertEquals(action, RecommendedAction.forStatus(status, false));
    }

    @Test
    void anErrorIsRetriedOnlyWhenTechnical() {
        assertEquals(RecommendedAction.RETRY, RecommendedAction.forStatus(TransStatus.E, true));
        assertEquals(RecommendedAction.DO_NOT_PROCEED, RecommendedAction.forStatus(TransStatus.E, false));
    }
}
