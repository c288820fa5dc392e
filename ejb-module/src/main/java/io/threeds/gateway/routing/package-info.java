/**
 * Which provider authenticates a request (DESIGN.md, routing and resilience): the explicit
 * {@code provider}, else the first of the merchant's rules that matches the card brand, BIN range,
 * currency and amount, else the merchant's default. A rule names an ordered list: when a provider is
 * unavailable before any authentication began, the next one takes over.
 */
package io.threeds.gateway.routing;
