package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.Optional;

/**
 * What {@code POST /v1/authorization} refuses as malformed content, first problem only (Intergiro names
 * one {@code content.property}): a missing or ill-typed {@code number}, {@code amount}, {@code currency},
 * {@code card} or {@code client.callback}, a {@code card.csc} that is not 3 or 4 digits (it is optional), and
 * a non-string {@code id}. A card is the card object, the card token, or {@code {token, verification}} (our
 * assumption for a token that carries a verification, PROVIDERS.md G-I9). Unknown properties pass, and so
 * does {@code browser} whatever it holds. The card number is not Luhn-checked (PROVIDERS.md §6.1.9):
 * 12 to 19 digits suffice; nor is the expiry compared with today.
 */
final class RequestValidation {
    /** Not in the seed, nor {@code amount} (major units) and {@code currency}: [X] PROVIDERS.md §2.3.1. */
    static final String NUMBER = "number";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    /** 001:94-105 (object: {@code pan}, {@code expires [month, year2]}, {@code csc}), 001:322 (token). */
    static final String CARD = "card";
    static final String PAN = "card.pan";
    /** 001:179, 260, 311. */
    static final String CALLBACK = "client.callback";
    /** 001:331. */
    static final String ID = "id";

    private RequestValidation() {
    }

    static Optional<IntergiroError> check(RequestBody body) {
        if (!isText(body.value(NUMBER))) {
            return malformed(NUMBER, "number is required: the merchant's unique reference, a string");
        }
        Optional<BigDecimal> amount = body.value(AMOUNT).filter(JsonNumber.class::isInstance)
                .map(value -> ((JsonNumber) value).bigDecimalValue());
        if (amount.isEmpty() || amount.get().signum() < 0) {
            return malformed(AMOUNT, "amount is required: a number in major units, e.g. 10 or 7.5");
        }
        Optional<Currency> currency = currency(body);
        if (currency.isEmpty()) {
            return malformed(CURRENCY, "currency is required: an ISO 4217 alpha-3 code, e.g. EUR");
        }
        int digits = currency.get().getDefaultFractionDigits();
        if (amount.get().stripTrailingZeros().scale() > digits) {
            return malformed(AMOUNT, "amount has more than " + digits + " decimals, the most "
                    + currency.get().getCurrencyCode() + " has");
        }
        Optional<IntergiroError> card = checkCard(body.value(CARD));
        if (card.isPresent()) {
            return card;
        }
        if (!body.text(CALLBACK).filter(RequestValidation::isAbsoluteHttpUrl).isPresent()) {
            return malformed(CALLBACK, "client.callback is required: the absolute http(s) URL the browser steps post to");
        }
        if (body.value(ID).isPresent() && !isText(body.value(ID))) {
            return malformed(ID, "id must be the id of the verification required error, a string");
        }
        return Optional.empty();
    }

    static boolean isAbsoluteHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<IntergiroError> checkCard(Optional<JsonValue> card) {
        if (card.isPresent() && isText(card)) {
            return Optional.empty();
        }
        if (card.isEmpty() || !(card.get() instanceof JsonObject object)) {
            return malformed(CARD, "card is required: a card object {pan, expires, csc?} or a card token");
        }
        if (object.containsKey("token")) {
            return object.get("token") instanceof JsonString token && !token.getString().isBlank()
                    ? checkVerification(object)
                    : malformed(CARD, "card.token must be the card token, a string");
        }
        if (!(object.get("pan") instanceof JsonString pan) || !new CardNumber(pan.getString()).isWellFormed()) {
            return malformed(PAN, "card.pan must be a string of 12 to 19 digits");
        }
        if (!isExpiry(object.get("expires"))) {
            return malformed("card.expires", "card.expires must be [month, year], e.g. [2, 30]");
        }
        // The seed's card always shows a csc (001:97) but never says it is required: optional, checked when given.
        JsonValue csc = object.get("csc");
        if (csc != null && !(csc instanceof JsonString text && text.getString().matches("\\d{3,4}"))) {
            return malformed("card.csc", "card.csc, when given, must be a string of 3 or 4 digits");
        }
        return checkVerification(object);
    }

    private static Optional<IntergiroError> checkVerification(JsonObject card) {
        JsonValue verification = card.get("verification");
        if (verification != null && verification.getValueType() != JsonValue.ValueType.NULL
                && !(verification instanceof JsonObject given && given.get("type") instanceof JsonString)) {
            return malformed("card.verification", "card.verification must be {type, data}");
        }
        return Optional.empty();
    }

    private static boolean isExpiry(JsonValue value) {
        if (!(value instanceof JsonArray expires) || expires.size() != 2
                || !(expires.get(0) instanceof JsonNumber month) || !(expires.get(1) instanceof JsonNumber year)
                || !month.isIntegral() || !year.isIntegral()) {
            return false;
        }
        return month.intValue() >= 1 && month.intValue() <= 12 && year.intValue() >= 0 && year.intValue() <= 99;
    }

    private static Optional<Currency> currency(RequestBody body) {
        Optional<String> code = body.value(CURRENCY).filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString()).filter(text -> text.matches("[A-Z]{3}"));
        try {
            return code.map(Currency::getInstance).filter(currency -> currency.getDefaultFractionDigits() >= 0);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isText(Optional<JsonValue> value) {
        return value.filter(JsonString.class::isInstance)
                .map(text -> !((JsonString) text).getString().isBlank())
                .orElse(false);
    }

    private static Optional<IntergiroError> malformed(String property, String description) {
        return Optional.of(IntergiroError.malformed(property, description));
    }
}
