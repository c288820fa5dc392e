/**
 * intergiro: Intergiro's card API "verification required" flows (PROVIDERS.md §2). One authorization
 * endpoint answers a browser step as an HTTP 400 "verification required" error; the gateway runs the
 * step on the hosted page (3DS Method in a hidden iframe with a 10-second budget, challenge or 3DS 1.0
 * in a visible iframe, antifraud page), then re-POSTs the same request with the cycle {@code id} and
 * the browser's result, as many rounds as Intergiro asks, until a 201 (authorised) or another error.
 * Intergiro never returns authentication values: a result is known only from what the browser relayed
 * (a decoded CRes or PaRes, {@code BROWSER_MESSAGE}) or inferred from the 201 ({@code INFERRED}, no
 * liability shift). The card is held encrypted for the re-POSTs.
 */
package io.threeds.gateway.provider.intergiro;
