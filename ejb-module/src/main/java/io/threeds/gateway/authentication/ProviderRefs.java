package io.threeds.gateway.authentication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The provider's own ids kept on an authentication, as a flat JSON object of strings. */
final class ProviderRefs {
    private ProviderRefs() {
    }

    static Map<String, String> read(String json) {
        Map<String, String> refs = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return refs;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> refs.put(key, ((JsonString) value).getString()));
        }
        return refs;
    }

    static String write(Map<String, String> refs) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(refs).forEach(json::add);
        return json.build().toString();
    }
}
