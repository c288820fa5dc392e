package io.threeds.gateway.provider;

import io.threeds.gateway.model.NewAuthentication;

/**
 * What a provider needs to start: the merchant's request (with the card, in memory only) and the
 * gateway's browser endpoints for this authentication ({@code <callbackBase>/return}, {@code /challenge-complete}...).
 */
public record StartRequest(String authenticationId, NewAuthentication request, String callbackBase) {
}
