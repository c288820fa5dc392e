package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class FirstokenErrorsTest {
    private final FirstokenErrors errors = new FirstokenErrors();

    @Test
    void isFirstokens() {
        assertEquals("firstoken", errors.provider());
    }

    @Test
    void injectedFailuresUseTheEnvelope() {
        assertEquals(Json.createObjectBuilder().add("status", "error").add("message", "Service Unavailable").build(),
                errors.errorBody(503));
        assertEquals(Json.createObjectBuilder().add("status", "error").add("message", "Unauthorized").build(),
                errors.errorBody(401));
        assertEquals(Json.createObjectBuilder().add("status", "fail").add("message", "Too Many Requests").build(),
                errors.errorBody(429));
        assertEquals(Json.createObjectBuilder().add("status", "error").add("message", "HTTP 599").build(),
                errors.errorBody(599));
    }
}
