package io.threeds.gateway.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * JSON-B as the API writes it: nulls included (a field the contract names is always present).
 * Bodies are serialised here to a String so the exact answer can be stored for idempotent replay.
 */
public final class WireJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private WireJson() {
    }

    public static String write(Object body) {
        return JSONB.toJson(body);
    }

    static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSONB.fromJson(json, type);
    }

    /** RFC 3339 UTC to the second, as API.md shows times. */
    public static String time(LocalDateTime utc) {
        return utc == null ? null : RFC3339.format(utc);
    }
}
