package io.threeds.gateway.provider;

import java.util.List;
import java.util.Map;

/**
 * What a provider call produced: the normalised result, the browser step when one is pending, the
 * provider ids to keep for the next call, the authorisation where the provider's call is also one,
 * and the exchanges made, for the evidence trail.
 */
public record ProviderResult(ThreeDSResult result, BrowserAction browserAction, Map<String, String> refs,
                             AuthorizationResult authorization, List<ProviderExchange> exchanges) {

    public boolean awaitsBrowser() {
        return browserAction != null;
    }
}
