package io.threeds.gateway.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardTest {
    private static final String KEY = "ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=";

    @ParameterizedTest
    @ValueSource(strings = {"4000000000002701", "4111111111111111", "5200000000052701", "4012000033330026",
            "4000000000002354", "4000100000000000", "378282246310005"})
    void sandboxCardsPassLuhn(String number) {
        assertTrue(Luhn.valid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4000000000002702", "4111111111111112", "", "41111111111111a1"})
    void badNumbersFailLuhn(String number) {
        assertFalse(Luhn.valid(number));
    }

    @Test
    void brandsFromLeadingDigits() {
        assertEquals(CardBrand.VISA, CardBrand.of("4000000000002701"));
        assertEquals(CardBrand.MASTERCARD, CardBrand.of("5200000000052701"));
        assertEquals(CardBrand.MASTERCARD, CardBrand.of("2221000000000009"));
        assertEquals(CardBrand.AMEX, CardBrand.of("378282246310005"));
    }

    @Test
    void plainCardNeverPrintsItsNumber() {
        PlainCard card = new PlainCard("4000000000002701", 12, 2030, "Jane", "123");
        assertFalse(card.toString().contains("4000000000002701"));
        assertFalse(card.toString().contains("123"));
        assertEquals("40000000", card.bin());
        assertEquals("2701", card.last4());
        assertEquals("1230", card.expiryMmYy());
    }

    @Test
    void cipherRoundTripsAndDetectsTampering() {
        FieldCipher cipher = new FieldCipher(KEY);
        String sealed = cipher.encrypt("AAABBEg0VhI0VniQEjRWAAAAAAA=");
        assertFalse(sealed.contains("AAABBEg0VhI0VniQEjRWAAAAAAA="));
        assertNotEquals(sealed, cipher.encrypt("AAABBEg0VhI0VniQEjRWAAAAAAA="), "a fresh nonce each time");
        assertEquals("AAABBEg0VhI0VniQEjRWAAAAAAA=", cipher.decrypt(sealed));
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(chars)));
    }
}
