/**
 * intergiro: Intergiro's card API "verification required" flows (PROVIDERS.md §2, seed 001 cited as
 * 001:line). One authorization endpoint answers a browser step as an HTTP 400 "verification required"
 * error; the gateway runs the step on the hosted page in a visible or a hidden iframe as the error's
 * {@code details.visible} says (001:7): 3DS Method (with a 10-second budget), challenge, 3DS 1.0 or
 * antifraud page. It then re-POSTs the same request, every field of the previous call repeated, with the
 * cycle {@code id} and the card updated with the browser's result (the antifraud card token replacing the
 * card for every later round), as many rounds as Intergiro asks, until a 201 (authorised) or another
 * error. A 400 about the card after a round is the verification failing, whatever its words. Intergiro
 * never returns authentication values: a result is known only from the CRes the browser relayed
 * ({@code BROWSER_MESSAGE}) or inferred from the 201 ({@code INFERRED}, no liability shift), as after a
 * 3DS 1.0 step, whose PaRes is relayed unread. The card (its security code only when the merchant gave
 * one) is held encrypted for the re-POSTs. The endpoint, the Bearer key and the request's members other
 * than {@code card}, {@code client.callback} and {@code id} are not in the seed ([X], PROVIDERS.md
 * §2.2-2.3).
 */
package io.threeds.gateway.provider.intergiro;
