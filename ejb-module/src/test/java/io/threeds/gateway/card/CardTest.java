package io.threeds.gateway.card;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardTest {
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
        Card card = new Card("4000000000002701", 12, 2030, "Jane", "123");
        assertFalse(card.toString().contains("4000000000002701"));
        assertFalse(card.toString().contains("123"));
        assertEquals("40000000", card.bin());
        assertEquals("2701", card.last4());
        assertEquals("1230", card.expiryMmYy());
    }

    @Test
    void anEncryptedCardHasNoDigitsToShowAndNeverPrintsItsBlob() {
        String blob = Base64.getEncoder().encodeToString(
                "-----BEGIN PGP MESSAGE-----\n\nhQEMA8y\n=abcd\n-----END PGP MESSAGE-----\n".getBytes(US_ASCII));
        Card card = Card.clientEncrypted(new EncryptedCard(blob, "sandbox-key-1"), 12, 2030, null);
        assertTrue(card.isEncrypted());
        assertNull(card.bin());
        assertNull(card.last4());
        assertNull(card.brand());
        assertFalse(card.toString().contains(blob));
        assertFalse(card.encrypted().toString().contains(blob));
        assertTrue(EncryptedCard.isArmouredMessage(blob));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "aGVsbG8=", "LS0tLS1CRUdJTiBQR1AgUFVCTElDIEtFWSBCTE9DSy0tLS0t"})
    void onlyBase64OfAnArmouredMessageLooksLikeAnEncryptedCard(String blob) {
        assertFalse(EncryptedCard.isArmouredMessage(blob));
    }

    @Test
    void aCardHasANumberOrAnEncryptedCardNotBothNorNeither() {
        EncryptedCard encrypted = new EncryptedCard("b64", "sandbox-key-1");
        assertThrows(IllegalArgumentException.class,
                () -> new Card("4000000000002701", encrypted, 12, 2030, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Card(null, null, 12, 2030, null, null));
    }

    @Test
    void aSixteenDigitCardKeepsBin8AndAShorterOneBin6() {
        assertEquals("40000000", new Card("4000000000002701", 12, 2030, null, null).bin());
        assertEquals("378282", new Card("378282246310005", 12, 2030, null, null).bin());
        assertEquals("378282…0005", new Card("378282246310005", 12, 2030, null, null).masked());
    }
}
