package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.paysafe.RequestFields.AMOUNT;
import static io.threeds.sandbox.paysafe.RequestFields.CARD_NUMBER;
import static io.threeds.sandbox.paysafe.RequestFields.CURRENCY;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_MONTH;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_YEAR;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_REF_NUM;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_URL;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;

/**
 * An enrollment lookup request, once {@link RequestValidation#enrollmentCheck} accepted it. The browser
 * fields ({@code customerIp}, {@code userAgent}, {@code acceptHeader}) are checked but not kept: the
 * simulated directory needs nothing from them.
 */
public record EnrollmentCheck(String merchantRefNum, Purchase purchase, CardNumber card, int expiryMonth,
                              int expiryYear, String merchantUrl) {

    static EnrollmentCheck of(RequestBody body) {
        return new EnrollmentCheck(body.text(MERCHANT_REF_NUM).orElseThrow(),
                new Purchase(number(body, AMOUNT).longValueExact(), body.text(CURRENCY).orElseThrow()),
                new CardNumber(body.text(CARD_NUMBER).orElseThrow()),
                number(body, EXPIRY_MONTH).intValueExact(), number(body, EXPIRY_YEAR).intValueExact(),
                body.text(MERCHANT_URL).orElseThrow());
    }

    /** The card's expiry as 3-D Secure 1.0 writes it: {@code YYMM}. */
    public String expiry() {
        return "%02d%02d".formatted(expiryYear % 100, expiryMonth);
    }

    private static JsonNumber number(RequestBody body, String path) {
        return (JsonNumber) body.value(path).orElseThrow();
    }
}
