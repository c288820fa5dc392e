package io.threeds.gateway.webhook;

import java.time.LocalDateTime;
import java.util.List;

/** A delivery claimed for one attempt, with where it goes and the merchant's signing secret. */
/**
 * A delivery claimed for sending, with the secrets that sign it: the merchant's current one and, during a
 * rotation's overlap, the one it replaces (API.md §1: two {@code v1=} values).
 */
public record DueWebhook(String id, String type, String merchantId, String authenticationId, String url,
                         List<String> secrets, LocalDateTime createdAt) {

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "DueWebhook[" + id + ", " + type + ", " + merchantId + "]";
    }
}
