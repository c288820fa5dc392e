package io.threeds.sandbox;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * A JSON request body read leniently, by dotted property path ({@code order.references.merchantReference},
 * the form providers use in their error messages). Unknown properties are simply never asked for; a
 * path through a missing or non-object member yields nothing.
 */
public record RequestBody(JsonObject root) {

    /** The body as a JSON object, or empty when it is not one. */
    public static Optional<RequestBody> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(new RequestBody(object)) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The value at a path; JSON {@code null} counts as absent. */
    public Optional<JsonValue> value(String path) {
        JsonValue current = root;
        for (String name : path.split("\\.")) {
            if (!(current instanceof JsonObject object) || !object.containsKey(name)) {
                return Optional.empty();
            }
            current = object.get(name);
        }
        return current.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(current);
    }

    /** The value at a path as text: strings as they are, numbers and booleans in their JSON form. */
    public Optional<String> text(String path) {
        return value(path).flatMap(value -> switch (value.getValueType()) {
            case STRING -> Optional.of(((JsonString) value).getString());
            case NUMBER -> Optional.of(((JsonNumber) value).toString());
            case TRUE, FALSE -> Optional.of(value.toString());
            default -> Optional.empty();
        });
    }

    /** Present, not {@code null}, and not an empty string. */
    public boolean has(String path) {
        return value(path).filter(value -> !(value instanceof JsonString text && text.getString().isEmpty()))
                .isPresent();
    }
}
