package io.threeds.gateway.provider;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * JSON-B as the gateway speaks it with providers, the requests and answers being each provider's wire
 * records. A request is written once, here, so the text kept as evidence is the text sent; absent (null)
 * values are left out and fields come in name order (JSON-B's default). Answers are read leniently:
 * unknown fields are ignored (providers add fields), a missing one is null, and a text field takes a
 * number as its text (providers disagree on whether an ECI is {@code 5} or {@code "05"}) and an empty
 * string as absent; a flag is a JSON {@code true} or {@code false}, anything else absent.
 */
public final class ProviderJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new LenientText(), new StrictFlag()));

    private ProviderJson() {
    }

    public static String write(Object request) {
        return JSONB.toJson(request);
    }

    /** @throws JsonbException when the text is not JSON of the answer's shape (JSON {@code null} included) */
    public static <T> T read(String json, Class<T> type) {
        T answer;
        try {
            answer = JSONB.fromJson(json, type);
        } catch (JsonException e) {
            throw new JsonbException("not JSON", e);
        }
        if (answer == null) {
            throw new JsonbException("no " + type.getSimpleName() + " in the answer");
        }
        return answer;
    }

    /** A provider's text field: a string, a number's text, or absent (empty, null); an object or array as its JSON. */
    private static final class LenientText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString string) {
                return string.getString().isEmpty() ? null : string.getString();
            }
            if (value instanceof JsonNumber number) {
                return number.toString();
            }
            return value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString();
        }
    }

    /** A provider's flag: only JSON's {@code true} and {@code false} are one, not {@code "true"} or {@code 1}. */
    private static final class StrictFlag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue.ValueType value = parser.getValue().getValueType();
            return value == JsonValue.ValueType.TRUE ? Boolean.TRUE
                    : value == JsonValue.ValueType.FALSE ? Boolean.FALSE : null;
        }
    }
}
