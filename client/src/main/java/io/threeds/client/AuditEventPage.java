package io.threeds.client;

import java.util.List;

/** A page of audit events, newest first. */
public record AuditEventPage(List<AuditEvent> items, String nextCursor) implements Page<AuditEvent> {
}
