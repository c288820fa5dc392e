package io.threeds.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * One API call a simulator received, as the call log shows it: never a card number beyond BIN and last 4,
 * never a security code. It is logged when it arrives, so a call the provider is still answering (a slow
 * scenario) is already counted; its status is null until the answer is sent.
 */
public final class RecordedCall {
    private final Instant at;
    private final String method;
    private final String path;
    private final String cardNumber;
    private volatile Integer status;
    private volatile String merchantReference;

    /**
     * @param merchantReference the merchant's order reference, when the call carried one
     * @param cardNumber        the masked card number ({@code 400000******2701}), when the call carried one
     */
    public RecordedCall(Instant at, String method, String path, Integer status, String merchantReference,
                        String cardNumber) {
        this.at = at;
        this.method = method;
        this.path = path;
        this.status = status;
        this.merchantReference = merchantReference;
        this.cardNumber = cardNumber;
    }

    /** The simulator answered: the status, and the order reference if only the resource learnt it. */
    void answered(int status, String merchantReference) {
        this.status = status;
        if (merchantReference != null) {
            this.merchantReference = merchantReference;
        }
    }

    public Integer status() {
        return status;
    }

    public String merchantReference() {
        return merchantReference;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("at", at.toString())
                .add("method", method)
                .add("path", path);
        if (status == null) {
            json.addNull("status");
        } else {
            json.add("status", status);
        }
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
