package io.threeds.client;

import java.time.Instant;

/**
 * What the gateway posts to the merchant's webhook URL: {@code type} {@code authentication.completed} or
 * {@code authorization.completed}, {@code data} the authentication as the merchant reads it. Delivery is at
 * least once: drop an {@code id} already seen.
 */
public record WebhookEvent(String id, String type, Instant createdAt, Authentication data) {
}
