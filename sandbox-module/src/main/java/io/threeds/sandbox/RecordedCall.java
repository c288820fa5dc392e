package io.threeds.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * One API call a simulator received, as the call log shows it: never a card number beyond BIN and last 4,
 * never a security code.
 *
 * @param merchantReference the merchant's order reference, when the call carried one
 * @param cardNumber        the masked card number ({@code 400000******2701}), when the call carried one
 */
public record RecordedCall(Instant at, String method, String path, int status, String merchantReference,
                           String cardNumber) {

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("at", at.toString())
                .add("method", method)
                .add("path", path)
                .add("status", status);
        addOrNull(json, "merchantReference", merchantReference);
        addOrNull(json, "cardNumber", cardNumber);
        return json.build();
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
