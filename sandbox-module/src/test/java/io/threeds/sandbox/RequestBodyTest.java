package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void readsByDottedPath() {
        RequestBody body = RequestBody.parse(
                "{\"order\": {\"references\": {\"merchantReference\": \"A1\", \"merchantOrderId\": 12}}, \"x\": true}")
                .orElseThrow();
        assertEquals(Optional.of("A1"), body.text("order.references.merchantReference"));
        assertEquals(Optional.of("12"), body.text("order.references.merchantOrderId"));
        assertEquals(Optional.of("true"), body.text("x"));
        assertTrue(body.text("order.references").isEmpty());
        assertTrue(body.text("x.y").isEmpty());
        assertTrue(body.text("order.customer.device.ipAddress").isEmpty());
    }

    @Test
    void treatsNullAndEmptyAsMissing() {
        RequestBody body = RequestBody.parse("{\"a\": null, \"b\": \"\", \"c\": false}").orElseThrow();
        assertFalse(body.has("a"));
        assertFalse(body.has("b"));
        assertTrue(body.has("c"));
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertTrue(RequestBody.parse("[1]").isEmpty());
        assertTrue(RequestBody.parse("{\"a\": ").isEmpty());
        assertTrue(RequestBody.parse("").isEmpty());
        assertTrue(RequestBody.parse(null).isEmpty());
    }
}
