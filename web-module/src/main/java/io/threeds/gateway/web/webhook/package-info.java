/**
 * Sends the merchants' webhooks from the outbox (API.md §4): the body is the Authentication resource
 * as the merchant sees it, signed {@code Threeds-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + body)>}; any 2xx is delivered, anything else is retried with backoff for 24 hours.
 */
package io.threeds.gateway.web.webhook;
