package io.threeds.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final String JSON = "{\"batch\":3,\"firstSequence\":11,\"sequence\":20,\"head\":\"" + "a".repeat(64)
            + "\",\"merkleRoot\":\"" + "b".repeat(64) + "\",\"sealedAt\":\"2026-12-05T07:00:00.250Z\","
            + "\"keyId\":\"0123456789abcdef\",\"signature\":\"" + "c".repeat(64) + "\"}";

    @Test
    void readsTheJsonFromStandardOrUrlSafeBase64() {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        Checkpoint standard = Checkpoint.parse(Base64.getEncoder().encodeToString(json));
        Checkpoint urlSafe = Checkpoint.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(json));
        assertEquals(standard, urlSafe);
        assertEquals(20, standard.sequence());
        assertEquals("threeds-audit-checkpoint-v1|3|11|20|" + "a".repeat(64) + "|" + "b".repeat(64)
                + "|2026-12-05T07:00:00.250Z|0123456789abcdef", standard.signedText());
    }

    @Test
    void refusesWhatIsNotACheckpoint() {
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(
                Base64.getEncoder().encodeToString("{\"batch\":1}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void onlyTheKeyThatSignedVerifies() {
        AuditSigningKey key = new AuditSigningKey();
        key.key = "a test key";
        Checkpoint unsigned = new Checkpoint(1, 1, 5, "a".repeat(64), "b".repeat(64), "2026-12-05T07:00:00.000Z",
                key.keyId(), null);
        Checkpoint signed = new Checkpoint(1, 1, 5, unsigned.head(), unsigned.merkleRoot(), unsigned.sealedAt(),
                key.keyId(), key.sign(unsigned.signedText()));
        assertTrue(key.signed(signed));
        assertFalse(key.signed(new Checkpoint(1, 1, 6, signed.head(), signed.merkleRoot(), signed.sealedAt(),
                signed.keyId(), signed.signature())), "a moved head");
        AuditSigningKey other = new AuditSigningKey();
        other.key = "another key";
        assertFalse(other.signed(signed));
        assertFalse(key.isDevelopmentDefault());
    }
}
