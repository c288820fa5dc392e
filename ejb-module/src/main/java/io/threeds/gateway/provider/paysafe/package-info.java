/**
 * paysafe: Paysafe's 3D Secure API, 3-D Secure 1.0.2 (PROVIDERS.md §4). An enrollment check; for an
 * enrolled card the shopper's browser posts PaReq, TermUrl and MD to the issuer's ACS, which posts
 * the PaRes back to the gateway; Paysafe then validates the PaRes (its signature included) and gives
 * the result. Authorisation is a separate Card Payments call with that result, so the card is held
 * (encrypted) until then. ECIs come as integers without the leading zero. A {@code Y} whose signature
 * did not verify is no liability shift and {@code DO_NOT_PROCEED}.
 */
package io.threeds.gateway.provider.paysafe;
