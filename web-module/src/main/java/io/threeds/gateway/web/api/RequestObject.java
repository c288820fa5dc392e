package io.threeds.gateway.web.api;

import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object of a request, read strictly: fields not in the allowed set, wrong JSON types and
 * failed rules are collected as {@link Violation}s named by their dotted path, so that one answer
 * lists everything wrong with a request.
 */
final class RequestObject {
    /** Card security codes under names other than {@code securityCode} are refused by name. */
    private static final Set<String> SECURITY_CODE_ALIASES = Set.of("cvv", "cvc", "csc", "cvv2", "cvc2", "cid");
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final JsonObject json;
    private final String path;
    private final List<Violation> violations;

    private RequestObject(JsonObject json, String path, List<Violation> violations, Set<String> allowed) {
        this.json = json;
        this.path = path;
        this.violations = violations;
        for (String name : json.keySet()) {
            if (SECURITY_CODE_ALIASES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                violations.add(new Violation(field(name),
                        "is not accepted: send a card security code only as card.securityCode"));
            } else if (!allowed.contains(name)) {
                violations.add(new Violation(field(name), "is not a known field"));
            }
        }
    }

    /** A body that may be left out entirely: none is the empty object. */
    static RequestObject parseOptional(String body, Set<String> allowed) {
        return parse(body == null || body.isBlank() ? "{}" : body, allowed);
    }

    static RequestObject parse(String body, Set<String> allowed) {
        if (body == null || body.isBlank()) {
            throw ValidationException.of("body", "is empty: a JSON object is required");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationException.of("body", "must be a JSON object");
            }
            return new RequestObject(value.asJsonObject(), "", new ArrayList<>(), allowed);
        } catch (JsonParsingException e) {
            throw ValidationException.of("body", "is not valid JSON (at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw ValidationException.of("body", "is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Every violation found so far, in the order found. */
    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws one {@link ValidationException} listing every violation found so far. */
    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void reject(String name, String message) {
        violations.add(new Violation(field(name), message));
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    RequestObject object(String name, boolean required, Set<String> allowed) {
        if (!has(name)) {
            if (required) {
                reject(name, "is required");
            }
            return null;
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject(name, "must be an object");
            return null;
        }
        return new RequestObject(value.asJsonObject(), field(name), violations, allowed);
    }

    String string(String name, boolean required, int maxLength) {
        if (!has(name)) {
            if (required) {
                reject(name, "is required");
            }
            return null;
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            reject(name, "must be a string");
            return null;
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            reject(name, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** A string of any length, or null; its rules are the reader's to check. */
    String string(String name) {
        return string(name, false, Integer.MAX_VALUE);
    }

    /**
     * An integer with no range of its own (the reader checks it): one beyond a long's range comes back
     * as the nearest long, so that the range check still refuses it.
     */
    Long integer(String name, boolean required) {
        BigInteger number = integral(name, required);
        return number == null ? null : number.max(LONG_MIN).min(LONG_MAX).longValue();
    }

    Long integer(String name, boolean required, long min, long max) {
        BigInteger number = integral(name, required);
        if (number == null) {
            return null;
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            reject(name, "must be between " + min + " and " + max);
            return null;
        }
        return number.longValue();
    }

    /** The member as an exact integer, or null after rejecting it when it is missing but required, or not one. */
    private BigInteger integral(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                reject(name, "is required");
            }
            return null;
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            reject(name, "must be an integer");
            return null;
        }
        return ((JsonNumber) value).bigIntegerValue();
    }

    Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = json.get(name);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            reject(name, "must be true or false");
            return null;
        }
        return value == JsonValue.TRUE;
    }

    List<String> strings(String name, int maxLength) {
        if (!has(name)) {
            return List.of();
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            reject(name, "must be an array of strings");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.STRING
                    || ((JsonString) item).getString().length() > maxLength) {
                reject(name, "must be an array of strings of at most " + maxLength + " characters");
                return List.of();
            }
            items.add(((JsonString) item).getString());
        }
        return items;
    }

    /** The objects of an array, each read strictly and named by its index ({@code rules[0].brand}). */
    List<RequestObject> objects(String name, boolean required, int maxItems, Set<String> allowed) {
        if (!has(name)) {
            if (required) {
                reject(name, "is required");
            }
            return List.of();
        }
        JsonValue value = json.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().size() > maxItems) {
            reject(name, "must be an array of at most " + maxItems + " objects");
            return List.of();
        }
        List<RequestObject> items = new ArrayList<>();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue item = value.asJsonArray().get(i);
            String itemPath = field(name) + "[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                violations.add(new Violation(itemPath, "must be an object"));
            } else {
                items.add(new RequestObject(item.asJsonObject(), itemPath, violations, allowed));
            }
        }
        return items;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
