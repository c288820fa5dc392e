package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A JSON object written in the seed's member order that leaves out absent members: which members
 * {@code consumer_auth_info} carries is itself part of each outcome ({@code eci} only for Y and A, no
 * {@code pares_status} without an authentication...).
 */
final class SparseObject {
    private final JsonObjectBuilder json = Jsonp.createObjectBuilder();

    /** Adds the member unless {@code value} is {@code null}. */
    SparseObject add(String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
        return this;
    }

    JsonObject build() {
        return json.build();
    }
}
