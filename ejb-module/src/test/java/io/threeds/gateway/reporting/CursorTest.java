package io.threeds.gateway.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.problem.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void anEventPositionSurvivesTheRoundTrip() {
        String cursor = new Cursor.AfterEvent(123_456_789L).encode();
        assertEquals(new Cursor.AfterEvent(123_456_789L), Cursor.event(cursor));
    }

    @Test
    void anAuthenticationPositionKeepsItsMillisecondsAndId() {
        Cursor.AfterAuthentication position = new Cursor.AfterAuthentication(
                LocalDateTime.of(2026, 11, 22, 10, 0, 0, 7_000_000), "9d3c0f2e-1b2a-4c5d-8e9f-0a1b2c3d4e5f");
        assertEquals(position, Cursor.authentication(position.encode()));
    }

    @Test
    void aTimeOnTheMinuteIsStillAPosition() {
        Cursor.AfterAuthentication position = new Cursor.AfterAuthentication(LocalDateTime.of(2026, 1, 1, 0, 0),
                "a");
        assertEquals(position, Cursor.authentication(position.encode()));
    }

    @Test
    void cursorsAreOpaqueUrlSafeText() {
        String cursor = new Cursor.AfterAuthentication(LocalDateTime.of(2026, 11, 22, 10, 0, 1, 123_000_000),
                "9d3c0f2e-1b2a-4c5d-8e9f-0a1b2c3d4e5f").encode();
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertFalse(cursor.contains("2026"));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.event(null));
        assertNull(Cursor.authentication(null));
    }

    @Test
    void oneListsCursorIsRefusedByTheOther() {
        String eventCursor = new Cursor.AfterEvent(5).encode();
        String authenticationCursor = new Cursor.AfterAuthentication(LocalDateTime.of(2026, 1, 1, 0, 0), "x")
                .encode();
        assertRefused(() -> Cursor.authentication(eventCursor));
        assertRefused(() -> Cursor.event(authenticationCursor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 !", "e1:5", "ZTE6LTU"})
    void garbageIsAValidationErrorOnCursor(String cursor) {
        assertRefused(() -> Cursor.event(cursor));
        assertRefused(() -> Cursor.authentication(cursor));
    }

    @Test
    void anOverlongCursorIsRefusedBeforeDecoding() {
        String overlong = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("e1:" + "1".repeat(200)).getBytes(StandardCharsets.US_ASCII));
        assertRefused(() -> Cursor.event(overlong));
    }

    @Test
    void aPositionWithQueryTextInItIsRefused() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "a1:2026-01-01T00:00/x' OR '1'='1".getBytes(StandardCharsets.US_ASCII));
        assertRefused(() -> Cursor.authentication(forged));
        String impossibleDate = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "a1:2026-13-45T00:00/x".getBytes(StandardCharsets.US_ASCII));
        assertRefused(() -> Cursor.authentication(impossibleDate));
    }

    private static void assertRefused(Runnable decode) {
        ValidationException refused = assertThrows(ValidationException.class, decode::run);
        assertEquals("cursor", refused.violations().get(0).field());
        assertEquals(400, refused.status());
    }
}
