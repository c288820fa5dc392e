package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private final ApiKey apiKey = new ApiKey();

    ApiKeyTest() {
        apiKey.configured = "sandbox-firstoken-key";
    }

    @Test
    void acceptsOnlyTheConfiguredKey() {
        assertTrue(apiKey.accepts("sandbox-firstoken-key"));
        assertFalse(apiKey.accepts("sandbox-firstoken-ke"));
        assertFalse(apiKey.accepts(""));
        assertFalse(apiKey.accepts(null));
    }

    @Test
    void withoutTheKeyTheCallIsUnauthorized() {
        JsonAnswer answer = apiKey.call("wrong", "{}", body -> JsonAnswer.success("ok", Json.createObjectBuilder().build()));
        assertEquals(401, answer.status());
        assertEquals(Json.createObjectBuilder().add("status", "error").add("message", "Unauthorized").build(),
                answer.body());
    }

    @Test
    void aBodyThatIsNoJsonObjectFails() {
        for (String body : new String[] {"", "[1]", "{broken", "\"text\""}) {
            JsonAnswer answer = apiKey.call("sandbox-firstoken-key", body,
                    json -> JsonAnswer.success("ok", Json.createObjectBuilder().build()));
            assertEquals(400, answer.status(), body);
            assertEquals("fail", answer.body().getString("status"));
            assertEquals("the request body must be a JSON object", answer.body().getString("message"));
        }
    }

    @Test
    void withTheKeyTheCallAnswers() {
        JsonAnswer answer = apiKey.call("sandbox-firstoken-key", "{\"a\":1}",
                body -> JsonAnswer.success("ok", body.root()));
        assertEquals(200, answer.status());
        assertEquals(1, answer.body().getJsonObject("data").getInt("a"));
    }
}
