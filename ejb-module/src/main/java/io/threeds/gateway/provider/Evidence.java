package io.threeds.gateway.provider;

import io.threeds.gateway.card.Luhn;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;

/**
 * A provider message as it may be kept for evidence: card numbers cut to BIN and last 4, security
 * codes, authentication values and PaReq/PaRes (encoded messages that carry a card number or a CAVV)
 * removed, wherever they sit in the JSON. A body that is not JSON is
 * not kept at all, since nothing can be said about what it holds.
 */
public final class Evidence {
    private static final Set<String> CARD_NUMBERS = Set.of("cardnumber", "cardnum", "pan", "number", "acctnumber");
    /** Values withheld whole: security codes, authentication values, and the 3DS 1.0 messages that carry them. */
    private static final Set<String> SECRETS = Set.of("cvv", "cvc", "csc", "securitycode", "cavv",
            "authenticationvalue", "aav", "ucaf", "pareq", "pares", "encrypted_card");
    private static final String REDACTED = "[redacted]";

    private Evidence() {
    }

    public static String of(String json) {
        if (json == null || json.isBlank()) {
            return json;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return clean(null, reader.readValue()).toString();
        } catch (JsonException | IllegalStateException e) {
            return "[not JSON: " + json.length() + " characters withheld]";
        }
    }

    private static JsonValue clean(String name, JsonValue value) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((field, item) -> object.add(field, clean(field, item)));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(clean(name, item)));
                return array.build();
            }
            case STRING, NUMBER -> {
                if (SECRETS.contains(key)) {
                    return Json.createValue(REDACTED);
                }
                String text = value instanceof JsonString string ? string.getString() : value.toString();
                // A card number under a name no provider document gave is caught by its shape.
                return CARD_NUMBERS.contains(key) || looksLikeCardNumber(text) ? Json.createValue(mask(text)) : value;
            }
            default -> {
                return value;
            }
        }
    }

    private static boolean looksLikeCardNumber(String text) {
        return text.length() >= 12 && text.length() <= 19 && text.chars().allMatch(Character::isDigit)
                && Luhn.valid(text);
    }

    /** Digits beyond the first 8 and the last 4 become {@code *}; short values are withheld whole. */
    static String mask(String number) {
        String digits = number.replaceAll("\\D", "");
        if (digits.length() < 12) {
            return number.contains("*") ? number : REDACTED;
        }
        return digits.substring(0, 8) + "*".repeat(digits.length() - 12) + digits.substring(digits.length() - 4);
    }
}
