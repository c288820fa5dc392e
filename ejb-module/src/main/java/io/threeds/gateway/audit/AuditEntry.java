package io.threeds.gateway.audit;

import java.util.Map;

/**
 * What happened, by whom, to what. {@code details} must never carry card numbers, security codes
 * or authentication values: BIN and last 4 at most.
 */
public record AuditEntry(String type, String actor, String actorRole, String merchantId, String authenticationId,
                         String outcome, Map<String, String> details) {
}
