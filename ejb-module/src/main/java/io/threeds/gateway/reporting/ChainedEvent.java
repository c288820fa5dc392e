package io.threeds.gateway.reporting;

import io.threeds.gateway.persistence.AuditEvent;
import io.threeds.gateway.persistence.AuditSeal;

/** An audit event with its link in the chain; {@code seal} is null while the event waits for the sealer. */
public record ChainedEvent(AuditEvent event, AuditSeal seal) {
}
