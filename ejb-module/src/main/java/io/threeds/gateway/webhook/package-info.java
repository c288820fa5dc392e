/**
 * Webhooks to merchants (API.md §4) through a transactional outbox: {@link io.threeds.gateway.webhook.WebhookOutbox}
 * writes a delivery in the transaction that ends an authentication or records an authorization, and
 * lets any instance claim due deliveries one at a time (optimistic locking), so each is sent at least
 * once, retried with backoff for 24 hours. The web module's dispatcher builds and signs the bodies.
 */
package io.threeds.gateway.webhook;
