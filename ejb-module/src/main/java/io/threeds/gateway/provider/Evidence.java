package io.threeds.gateway.provider;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.card.FreeText;
import io.threeds.gateway.card.Truncation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provider message as it may be kept for evidence, by the provider's {@link EvidencePolicy}: the
 * structure stays (objects and arrays, booleans and nulls), a value is kept only under a name the policy
 * lists, card numbers are cut to what {@link Truncation} keeps, and everything else becomes
 * {@value #WITHHELD}. Kept text is still scrubbed of anything shaped like a card number. A body that is
 * not JSON is not kept at all, since nothing can be said about what it holds.
 */
public final class Evidence {
    static final String WITHHELD = "[withheld]";
    private static final Pattern MASKED = Pattern.compile("([0-9]{0,8})\\*+([0-9]{4})");
    /** The hosted page's callback secret inside a URL we gave the provider ({@code /3ds/{id}/{secret}/return}). */
    private static final Pattern CALLBACK_SECRET = Pattern.compile("(/3ds/[^/?#\"]+/)[0-9a-f]{32}(?![0-9a-f])");
    static final String SECRET = "[secret]";

    private Evidence() {
    }

    public static String of(EvidencePolicy policy, String json) {
        if (json == null || json.isBlank()) {
            return json;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            return clean(policy, null, reader.readValue()).toString();
        } catch (JsonException | IllegalStateException e) {
            return "[not JSON: " + json.length() + " characters withheld]";
        }
    }

    private static JsonValue clean(EvidencePolicy policy, String name, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Jsonp.createObjectBuilder();
                value.asJsonObject().forEach((field, item) -> object.add(field, clean(policy, field, item)));
                return object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Jsonp.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(clean(policy, name, item)));
                return array.build();
            }
            case STRING, NUMBER -> {
                String text = value instanceof JsonString string ? string.getString() : value.toString();
                if (name != null && policy.cardNumbers().contains(name)) {
                    return Jsonp.createValue(cardNumber(text));
                }
                if (name == null || !policy.kept().contains(name)) {
                    return Jsonp.createValue(WITHHELD);
                }
                String scrubbed = CALLBACK_SECRET.matcher(FreeText.scrub(text)).replaceAll("$1" + Matcher.quoteReplacement(SECRET));
                return scrubbed.equals(text) ? value : Jsonp.createValue(scrubbed);
            }
            default -> {
                return value;
            }
        }
    }

    /**
     * A card number cut to BIN and last 4, or one a provider masked itself ({@code 41111111****1111}) cut
     * again where it kept more than its length allows; anything else under a card number's name is withheld.
     */
    private static String cardNumber(String text) {
        String digits = text.replaceAll("[ -]", "");
        if (digits.length() < 12 || digits.length() > 19) {
            return WITHHELD;
        }
        if (digits.chars().allMatch(Character::isDigit)) {
            return Truncation.masked(digits);
        }
        Matcher masked = MASKED.matcher(digits);
        if (!masked.matches()) {
            return WITHHELD;
        }
        String bin = Truncation.reportedBin(masked.group(1), digits.length());
        return bin + "*".repeat(digits.length() - bin.length() - 4) + masked.group(2);
    }
}
