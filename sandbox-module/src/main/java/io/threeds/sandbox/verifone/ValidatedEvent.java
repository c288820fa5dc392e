package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;

/**
 * What {@code payments.validated(data, jwt)} receives after a challenge: the validated {@code data} and the
 * HS256 {@code jwt} whose {@code Payload} claim is the same data. As a document (the ACS result page's
 * {@code cardinal-result} block and its {@code postMessage}):
 * {@code {"MessageType":"cardinal.validated","data":{...},"jwt":"..."}}.
 */
record ValidatedEvent(JsonObject data, String jwt) {
    static final String MESSAGE_TYPE = "cardinal.validated";

    JsonObject document() {
        return Jsonp.createObjectBuilder().add("MessageType", MESSAGE_TYPE).add("data", data).add("jwt", jwt).build();
    }
}
