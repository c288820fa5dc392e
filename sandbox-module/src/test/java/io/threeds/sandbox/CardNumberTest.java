package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void masksAllButBinAndLastFourForTheCallLog() {
        assertEquals("400000******2701", new CardNumber("4000000000002701").binAndLastFour());
        assertEquals("411111*********1111", new CardNumber("4111111111111111111").binAndLastFour());
    }

    @Test
    void masksAllButLastFourForWorldline() {
        assertEquals("************0026", new CardNumber("4012000033330026").lastFourOnly());
        assertEquals("***********0005", new CardNumber("378282246310005").lastFourOnly());
    }

    @Test
    void neverShowsAShortNumber() {
        assertEquals("*****", new CardNumber("12345").binAndLastFour());
        assertEquals("****", new CardNumber("1234").lastFourOnly());
        assertEquals("", new CardNumber(null).binAndLastFour());
    }

    @Test
    void acceptsTwelveToNineteenDigits() {
        assertTrue(new CardNumber("4000 0000 0000 2701").isWellFormed());
        assertFalse(new CardNumber("40000000000").isWellFormed());
        assertFalse(new CardNumber("40000000000000000000").isWellFormed());
        assertFalse(new CardNumber("4000x00000002701").isWellFormed());
    }
}
