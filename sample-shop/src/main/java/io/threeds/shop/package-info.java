/**
 * A merchant's shop using the gateway's Java client, small enough to copy: {@link CheckoutResource} starts an
 * authentication (one Idempotency-Key per order, so a double submit or a retry never makes a second one)
 * and sends the shopper's browser to the gateway's hosted page when it has work to do; the shopper comes
 * back to its return page, which shows the result (state, transStatus, ECI, never the card or the
 * authentication value); {@link WebhookResource} takes the gateway's webhook, refusing any that its
 * {@link io.threeds.client.WebhookVerifier} does not verify. Configuration: {@link GatewayConnection}.
 */
package io.threeds.shop;
