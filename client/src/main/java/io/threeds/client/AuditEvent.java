package io.threeds.client;

import java.time.Instant;
import java.util.Map;

/** One link of the hash-chained audit trail (API.md §5). */
public record AuditEvent(String id, long sequence, Instant at, String type, String actor, String actorRole,
                         String merchantId, String authenticationId, String outcome, Map<String, String> details,
                         String previousHash, String hash) {
}
