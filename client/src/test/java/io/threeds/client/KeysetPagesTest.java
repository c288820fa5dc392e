package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {
    private final List<String> cursorsAsked = new ArrayList<>();

    private AuditEventPage page(String cursor, Map<String, AuditEventPage> pages) {
        cursorsAsked.add(cursor);
        return pages.get(String.valueOf(cursor));
    }

    private static AuditEvent event(long sequence) {
        return new AuditEvent("e" + sequence, sequence, null, "t", "a", "auditor", null, null, "OK", Map.of(), "p", "h");
    }

    @Test
    void walksEveryPageInOrderPassingEachNextCursor() {
        Map<String, AuditEventPage> pages = Map.of(
                "null", new AuditEventPage(List.of(event(5), event(4)), "c4"),
                "c4", new AuditEventPage(List.of(event(3), event(2)), "c2"),
                "c2", new AuditEventPage(List.of(event(1)), null));
        List<Long> sequences = KeysetPages.<AuditEvent>stream(cursor -> page(cursor, pages))
                .map(AuditEvent::sequence).toList();
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), sequences);
        assertEquals(Arrays.asList(null, "c4", "c2"), cursorsAsked);
    }

    @Test
    void fetchesTheNextPageOnlyWhenNeeded() {
        Map<String, AuditEventPage> pages = Map.of(
                "null", new AuditEventPage(List.of(event(5), event(4)), "c4"),
                "c4", new AuditEventPage(List.of(event(3)), null));
        List<Long> firstTwo = KeysetPages.<AuditEvent>stream(cursor -> page(cursor, pages)).limit(2)
                .map(AuditEvent::sequence).toList();
        assertEquals(List.of(5L, 4L), firstTwo);
        assertEquals(1, cursorsAsked.size());
    }

    @Test
    void anEmptyListHasNoItems() {
        Iterator<AuditEvent> none = KeysetPages.iterator(cursor -> new AuditEventPage(List.of(), null));
        assertFalse(none.hasNext());
        assertThrows(NoSuchElementException.class, none::next);
    }

    @Test
    void skipsAnEmptyPageThatStillHasACursor() {
        Map<String, AuditEventPage> pages = Map.of(
                "null", new AuditEventPage(List.of(), "c9"),
                "c9", new AuditEventPage(List.of(event(8)), null));
        assertEquals(List.of(8L), KeysetPages.<AuditEvent>stream(cursor -> page(cursor, pages))
                .map(AuditEvent::sequence).toList());
    }

    @Test
    void refusesToLoopOnARepeatedCursor() {
        Iterator<AuditEvent> looping = KeysetPages.iterator(cursor -> new AuditEventPage(List.of(event(1)), "c1"));
        looping.next();
        assertThrows(IllegalStateException.class, looping::hasNext);
    }
}
