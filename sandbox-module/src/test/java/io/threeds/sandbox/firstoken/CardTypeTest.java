package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTypeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4000000000002701, VISA,       VISA,       vbv,      vbv_attempted",
            "5200000000052701, MASTERCARD, MASTERCARD, spa,      spa",
            "2221000000000009, MASTERCARD, MASTERCARD, spa,      spa",
            "378282246310005,  AMEX,       OTHER,      aesk,     aesk_attempted",
            "6011111111111117, DISCOVER,   OTHER,      pb,       pb_attempted",
            "3530111333300000, JCB,        OTHER,      js,       js_attempted",
            "36227206271667,   DINERS,     OTHER,      pb,       pb_attempted",
            "9000000000000001, UNKNOWN,    OTHER,      internet, internet"})
    void schemeAndIndicators(String card, CardType type, CardBrand brand, String authenticated, String attempted) {
        CardType actual = CardType.of(new CardNumber(card));
        assertEquals(type, actual);
        assertEquals(brand, actual.brand());
        assertEquals(authenticated, actual.authenticatedIndicator());
        assertEquals(attempted, actual.attemptedIndicator());
    }
}
