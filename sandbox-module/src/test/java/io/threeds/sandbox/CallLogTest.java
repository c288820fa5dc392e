package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallLogTest {
    private final CallLog log = new CallLog();

    @Test
    void listsNewestFirstUpToTheLimit() {
        for (int i = 0; i < 5; i++) {
            log.record("worldline", call(i));
        }
        List<RecordedCall> latest = log.latest("worldline", 3);
        assertEquals(List.of(201 + 4, 201 + 3, 201 + 2), latest.stream().map(RecordedCall::status).toList());
        assertTrue(log.latest("paysafe", 50).isEmpty());
    }

    @Test
    void keepsOnlyTheLastCalls() {
        for (int i = 0; i < CallLog.CAPACITY + 10; i++) {
            log.record("worldline", call(i));
        }
        List<RecordedCall> all = log.latest("worldline", Integer.MAX_VALUE);
        assertEquals(CallLog.CAPACITY, all.size());
        assertEquals(201 + CallLog.CAPACITY + 9, all.get(0).status());
    }

    @Test
    void showsMaskedCardsAndMissingValuesAsNull() {
        JsonObject json = new RecordedCall(Instant.parse("2025-01-01T10:00:00Z"), "POST", "/sandbox/worldline/v1/1/payments",
                201, null, new CardNumber("4000000000002701").binAndLastFour()).toJson();
        assertEquals("400000******2701", json.getString("cardNumber"));
        assertEquals(JsonValue.NULL, json.get("merchantReference"));
        assertEquals("2025-01-01T10:00:00Z", json.getString("at"));
    }

    private static RecordedCall call(int i) {
        return new RecordedCall(Instant.now(), "POST", "/sandbox/worldline/v1/1/payments", 201 + i, "order-" + i, null);
    }
}
