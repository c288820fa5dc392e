package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardBrandTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4000000000002701, VISA",
            "5100000000000000, MASTERCARD",
            "5200000000052701, MASTERCARD",
            "5599999999999999, MASTERCARD",
            "2221000000000009, MASTERCARD",
            "2720999999999999, MASTERCARD",
            "2220999999999999, OTHER",
            "2721000000000000, OTHER",
            "5000000000000000, OTHER",
            "5600000000000000, OTHER",
            "378282246310005, OTHER"
    })
    void tellsTheSchemeFromTheNumber(String card, CardBrand expected) {
        assertEquals(expected, new CardNumber(card).brand());
    }

    @Test
    void visaAndOthersUseVisaEcis() {
        for (CardBrand brand : new CardBrand[] {CardBrand.VISA, CardBrand.OTHER}) {
            assertEquals("05", brand.authenticatedEci());
            assertEquals("06", brand.attemptedEci());
            assertEquals("07", brand.notAuthenticatedEci());
        }
    }

    @Test
    void mastercardHasItsOwnEcis() {
        assertEquals("02", CardBrand.MASTERCARD.authenticatedEci());
        assertEquals("01", CardBrand.MASTERCARD.attemptedEci());
        assertEquals("00", CardBrand.MASTERCARD.notAuthenticatedEci());
    }

    @Test
    void aMalformedNumberHasNoBrand() {
        assertEquals(CardBrand.OTHER, new CardNumber("4abc").brand());
    }
}
