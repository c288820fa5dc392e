package io.threeds.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuditHashTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 10, 0, 0, 123_000_000);

    private static String hash(String previous, String outcome) {
        return AuditHash.of(previous, "e1", 1, AT, "authentication.completed", "merchant:m1", "merchant", "m1",
                "a1", outcome, "{\"transStatus\":\"Y\"}");
    }

    @Test
    void sameEventSameHash() {
        assertEquals(hash(AuditHash.GENESIS, "COMPLETED"), hash(AuditHash.GENESIS, "COMPLETED"));
        assertEquals(64, hash(AuditHash.GENESIS, "COMPLETED").length());
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = hash(AuditHash.GENESIS, "COMPLETED");
        assertNotEquals(original, hash(AuditHash.GENESIS, "FAILED"));
        assertNotEquals(original, AuditHash.of(AuditHash.GENESIS, "e1", 2, AT, "authentication.completed",
                "merchant:m1", "merchant", "m1", "a1", "COMPLETED", "{\"transStatus\":\"Y\"}"));
        assertNotEquals(original, AuditHash.of(AuditHash.GENESIS, "e1", 1, AT.plusNanos(1_000_000),
                "authentication.completed", "merchant:m1", "merchant", "m1", "a1", "COMPLETED",
                "{\"transStatus\":\"Y\"}"));
    }

    @Test
    void theHashChainsOnThePreviousHash() {
        assertNotEquals(hash(AuditHash.GENESIS, "COMPLETED"), hash("1".repeat(64), "COMPLETED"));
    }

    @Test
    void nullAndEmptyAreDifferent() {
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, "e1", 1, AT, "t", "a", "r", null, null, "o", "{}"),
                AuditHash.of(AuditHash.GENESIS, "e1", 1, AT, "t", "a", "r", "", null, "o", "{}"));
    }
}
