package io.threeds.gateway.webhook;

import java.time.LocalDateTime;

/** A delivery claimed for one attempt, with where it goes and the merchant's signing secret. */
public record DueWebhook(String id, String type, String merchantId, String authenticationId, String url,
                         String secret, LocalDateTime createdAt) {
}
