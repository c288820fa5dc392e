package io.threeds.gateway;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * {@link jakarta.json.Json}'s factory methods on one provider looked up once. Each static {@code Json.create*}
 * call looks the provider up again through the ServiceLoader, which on Liberty walks the application's
 * class loaders for META-INF/services under a bundle lock: hashing the audit trail (one canonical JSON
 * object per event, sealed and verified by the million) spent most of its time there.
 */
public final class Jsonp {
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject copied) {
        return PROVIDER.createObjectBuilder(copied);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber createValue(long value) {
        return PROVIDER.createValue(value);
    }
}
