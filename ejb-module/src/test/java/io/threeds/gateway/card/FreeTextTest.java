package io.threeds.gateway.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void cardNumbersInTextAreCutWithOrWithoutSpaces() {
        assertEquals("card 40000000****2701 declined", FreeText.scrub("card 4000000000002701 declined"));
        assertEquals("pan 40000000****2701.", FreeText.scrub("pan 4000 0000 0000 2701."));
        assertEquals("amex 378282*****0005", FreeText.scrub("amex 3782-822463-10005"));
    }

    @Test
    void otherNumbersStay() {
        assertEquals("order 4000000000002702 (fails Luhn)", FreeText.scrub("order 4000000000002702 (fails Luhn)"));
        assertEquals("ref 12345 at 2026-12-04", FreeText.scrub("ref 12345 at 2026-12-04"));
        assertNull(FreeText.scrub(null));
    }
}
