package io.threeds.gateway.provider;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Lenient reading and sparse writing of provider JSON, shared by every provider's wire mapping:
 * a missing object reads as empty, a missing, null or empty value as null, a number as its text
 * (providers disagree on whether an ECI is {@code 5} or {@code "05"}); absent values are not written.
 */
public final class WireValues {
    private WireValues() {
    }

    public static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    public static String text(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        if (value instanceof JsonString string) {
            return string.getString().isEmpty() ? null : string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
    }

    /** The first of several spellings a provider uses for one field. */
    public static String firstOf(JsonObject parent, String... names) {
        for (String name : names) {
            String value = text(parent, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    public static void putIfPresent(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
