package io.threeds.gateway.card;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The card's own constraints, each with the message the API answers. */
class CardConstraintsTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aNumberMustPassTheLuhnCheck() {
        assertEquals(List.of(), messages(VALIDATOR.validateValue(Card.class, "number", "4000000000002701")));
        assertEquals(List.of("fails the Luhn check"),
                messages(VALIDATOR.validateValue(Card.class, "number", "4000000000002702")));
    }

    @Test
    void aCardExpiresAfterItsMonth() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        YearMonth last = now.minusMonths(1);
        assertEquals(List.of(), messages(VALIDATOR.validate(card(now.getMonthValue(), now.getYear()))));
        Set<ConstraintViolation<Card>> expired = VALIDATOR.validate(card(last.getMonthValue(), last.getYear()));
        assertEquals(List.of("the card has expired"), messages(expired));
        assertEquals("expiryYear", expired.iterator().next().getPropertyPath().toString());
    }

    @Test
    void anExpiryOutOfRangeIsNotAlsoExpired() {
        assertEquals(List.of("must be between 1 and 12"), messages(VALIDATOR.validate(card(13, 2020))));
    }

    @Test
    void anEncryptedCardMustBeArmouredOpenPgpInBase64() {
        String armoured = Base64.getEncoder().encodeToString(
                "-----BEGIN PGP MESSAGE-----\n\nwcBMA0xJ\n-----END PGP MESSAGE-----\n".getBytes(US_ASCII));
        assertEquals(List.of(), messages(VALIDATOR.validateValue(EncryptedCard.class, "blob", armoured)));
        assertEquals(List.of("must be what verifone.js returns: base64 of an ASCII-armoured OpenPGP message"),
                messages(VALIDATOR.validateValue(EncryptedCard.class, "blob", "bm90IHBncA==")));
        assertEquals(List.of("must be what verifone.js returns: base64 of an ASCII-armoured OpenPGP message"),
                messages(VALIDATOR.validateValue(EncryptedCard.class, "blob", "not base64!")));
    }

    private static Card card(int month, int year) {
        return new Card("4000000000002701", month, year, null, null);
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }
}
