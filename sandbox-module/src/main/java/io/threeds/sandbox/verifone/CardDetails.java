package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The card inside {@code encrypted_card}: the JSON {@code {"cardNumber","expiryMonth","expiryYear","cvv"}}
 * that {@code verifone.getEncryptedCardDetails} encrypts ({@code cvv} optional; months and years as strings or
 * numbers).
 */
record CardDetails(CardNumber cardNumber, int expiryMonth, int expiryYear, String cvv) {

    /** From the plaintext JSON; empty unless it has a 12-19 digit card number and a month 1-12 and a year. */
    static Optional<CardDetails> parse(String json) {
        return RequestBody.parse(json).flatMap(CardDetails::of);
    }

    static Optional<CardDetails> of(RequestBody body) {
        CardNumber number = new CardNumber(body.text("cardNumber").orElse(""));
        Optional<Integer> month = number(body, "expiryMonth").filter(m -> m >= 1 && m <= 12);
        Optional<Integer> year = number(body, "expiryYear").map(y -> y < 100 ? 2000 + y : y);
        if (!number.isWellFormed() || month.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CardDetails(number, month.get(), year.get(), body.text("cvv").orElse(null)));
    }

    byte[] toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("cardNumber", cardNumber.digits())
                .add("expiryMonth", "%02d".formatted(expiryMonth))
                .add("expiryYear", String.valueOf(expiryYear));
        if (cvv != null) {
            json.add("cvv", cvv);
        }
        JsonObject object = json.build();
        return object.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The payment response's form: first 6, four stars, last 4 ({@code 411111****1111}). */
    String maskedCardNumber() {
        String digits = cardNumber.digits();
        return digits.substring(0, 6) + "****" + cardNumber.lastFour();
    }

    private static Optional<Integer> number(RequestBody body, String name) {
        return body.text(name).map(String::trim).filter(text -> text.matches("\\d{1,4}")).map(Integer::valueOf);
    }
}
