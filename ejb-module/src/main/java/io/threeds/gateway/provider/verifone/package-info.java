/**
 * verifone: Verifone server-to-server payments with 3-D Secure on Cardinal (PROVIDERS.md §1). The
 * server asks for a Songbird JWT; the hosted page runs Songbird with it (setup, BIN profiling) and
 * relays the session id; the server encrypts the card for Verifone's secure card capture key
 * (OpenPGP) and performs the lookup; a challenge runs on the same page through
 * {@code Cardinal.continue}, whose {@code payments.validated} JWT Verifone itself validates (the
 * merchant never holds its signing key) before the gateway trusts a single field of it. Payment is a separate {@code transactions/card} call, so the request
 * is held (encrypted) until then. Liability follows the seed's rule (§1.7): Y or A, signature Y,
 * enrolled Y.
 */
package io.threeds.gateway.provider.verifone;
