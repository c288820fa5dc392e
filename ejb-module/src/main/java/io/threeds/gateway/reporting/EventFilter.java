package io.threeds.gateway.reporting;

import java.time.LocalDateTime;

/** Audit events to list; a null member does not filter. {@code from} is inclusive, {@code to} exclusive. */
public record EventFilter(String authenticationId, String merchantId, String type, String actor, LocalDateTime from,
                          LocalDateTime to) {
}
