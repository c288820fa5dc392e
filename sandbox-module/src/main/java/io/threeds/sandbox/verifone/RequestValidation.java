package io.threeds.sandbox.verifone;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Currency;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks on Verifone's request bodies (PROVIDERS.md §1.3, §6.1.9): the fields the flow needs are
 * required, amounts are whole minor units (a JSON integer, or a string of digits), currencies alpha-3 or
 * numeric-3; everything else is accepted as sent. Each check answers the first problem, as
 * {@code "<field> is required"} or {@code "<field> must be ..."}.
 */
final class RequestValidation {
    static final String AMOUNT = "amount";
    static final String CURRENCY_CODE = "currency_code";
    static final String ENCRYPTED_CARD = "encrypted_card";
    static final String PUBLIC_KEY_ALIAS = "public_key_alias";
    static final String DEVICE_INFO_ID = "device_info_id";
    /**
     * The lookup's spelling (000:329); jwt/create's is {@link #THREADS_CONTRACT_ID} (000:41), G-V1. Each
     * operation takes only its own documented spelling and refuses the other, as a strict API would.
     */
    static final String THREEDS_CONTRACT_ID = "threeds_contract_id";
    static final String THREADS_CONTRACT_ID = "threads_contract_id";
    static final String MERCHANT_REFERENCE = "merchant_reference";
    static final String THREED_AUTHENTICATION = "threed_authentication";

    private RequestValidation() {
    }

    static Optional<String> jwtCreate(RequestBody body) {
        return contractIdIn(body, THREADS_CONTRACT_ID, THREEDS_CONTRACT_ID);
    }

    /** [P] jwt/validate: the contract the JWT was issued for (lookup's spelling) and the JWT. */
    static Optional<String> jwtValidate(RequestBody body) {
        return Stream.of(contractIdIn(body, THREEDS_CONTRACT_ID, THREADS_CONTRACT_ID), required(body, "jwt"))
                .flatMap(Optional::stream).findFirst();
    }

    static Optional<String> lookup(RequestBody body) {
        return Stream.of(amountAndCurrency(body), required(body, ENCRYPTED_CARD), required(body, PUBLIC_KEY_ALIAS),
                        required(body, DEVICE_INFO_ID),
                        contractIdIn(body, THREEDS_CONTRACT_ID, THREADS_CONTRACT_ID))
                .flatMap(Optional::stream).findFirst();
    }

    static Optional<String> payment(RequestBody body) {
        Optional<String> authentication = body.value(THREED_AUTHENTICATION)
                .filter(value -> !(value instanceof JsonObject))
                .map(value -> THREED_AUTHENTICATION + " must be an object");
        return Stream.of(amountAndCurrency(body), required(body, ENCRYPTED_CARD), required(body, PUBLIC_KEY_ALIAS),
                        authentication)
                .flatMap(Optional::stream).findFirst();
    }

    /** The contract id in the operation's own spelling: required there, refused in the other one. */
    private static Optional<String> contractIdIn(RequestBody body, String documented, String misspelt) {
        if (body.value(misspelt).isPresent()) {
            return Optional.of(misspelt + " is not a field of this operation: its contract id is " + documented);
        }
        return body.text(documented).filter(id -> !id.isBlank()).isPresent() ? Optional.empty()
                : Optional.of(isRequired(documented));
    }

    /** The amount in minor units, once {@link #lookup} or {@link #payment} passed. */
    static int amount(RequestBody body) {
        return amountOf(body.value(AMOUNT).orElseThrow()).orElseThrow();
    }

    /** ISO 4217 numeric code ({@code "978"}) of an alpha-3 ({@code "EUR"}) or numeric-3 currency. */
    static Optional<String> numericCurrency(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.matches("\\d{3}")) {
            return Optional.of(trimmed);
        }
        if (!trimmed.matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            int numeric = Currency.getInstance(trimmed.toUpperCase()).getNumericCode();
            return numeric > 0 ? Optional.of("%03d".formatted(numeric)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String isRequired(String field) {
        return field + " is required";
    }

    private static Optional<String> amountAndCurrency(RequestBody body) {
        if (!body.has(AMOUNT)) {
            return Optional.of(isRequired(AMOUNT));
        }
        if (amountOf(body.value(AMOUNT).orElseThrow()).isEmpty()) {
            return Optional.of(AMOUNT + " must be a whole number of minor units");
        }
        if (!body.has(CURRENCY_CODE)) {
            return Optional.of(isRequired(CURRENCY_CODE));
        }
        if (numericCurrency(body.text(CURRENCY_CODE).orElse("")).isEmpty()) {
            return Optional.of(CURRENCY_CODE + " must be an ISO 4217 alpha-3 or numeric-3 code");
        }
        return Optional.empty();
    }

    private static Optional<Integer> amountOf(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= Integer.MAX_VALUE) {
            return Optional.of(number.intValue());
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((jakarta.json.JsonString) value).getString().trim();
            return text.matches("\\d{1,9}") ? Optional.of(Integer.valueOf(text)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> required(RequestBody body, String field) {
        return body.has(field) ? Optional.empty() : Optional.of(isRequired(field));
    }
}
