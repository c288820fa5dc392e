/**
 * worldline: Worldline Connect (Ingenico/GlobalCollect) Create Payment with 3-D Secure v2
 * (PROVIDERS.md §5). One server call that is both the authentication and the authorisation;
 * challenges (and the 3DS1 fallback) go through a full-page redirect to Worldline, after which the
 * shopper returns to the gateway with {@code RETURNMAC} and the gateway reads the payment (Get Payment).
 * Worldline gives no transStatus: it is derived from the payment status and the ECI (§7.8.5).
 */
package io.threeds.gateway.provider.worldline;
