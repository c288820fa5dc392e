package io.threeds.gateway.provider;

import java.util.List;

/** A provider's answer to a payment step, with the exchanges made for it. */
public record Authorized(AuthorizationResult result, List<ProviderExchange> exchanges) {
}
