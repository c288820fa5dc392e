package io.threeds.gateway.provider;

import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;

/**
 * What a provider needs to start: the merchant's request (with the card, in memory only) and the
 * gateway's browser endpoints for this authentication ({@link HostedPageUrls#returnUrl()},
 * {@link HostedPageUrls#challengeComplete()}...).
 */
public record StartRequest(String authenticationId, NewAuthentication request, HostedPageUrls urls) {
}
