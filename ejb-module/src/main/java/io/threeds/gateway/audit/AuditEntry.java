package io.threeds.gateway.audit;

import io.threeds.gateway.card.FreeText;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What happened, by whom, to what. {@code details} must never carry card numbers, security codes
 * or authentication values: BIN and last 4 at most. Since details carry providers' free text, every
 * value is scrubbed of card numbers on the way in.
 */
public record AuditEntry(String type, String actor, String actorRole, String merchantId, String authenticationId,
                         String outcome, Map<String, String> details) {

    public AuditEntry {
        Map<String, String> scrubbed = new HashMap<>();
        details.forEach((name, value) -> scrubbed.put(name, FreeText.scrub(value)));
        details = Collections.unmodifiableMap(scrubbed);
    }
}
