package io.threeds.gateway.provider;

import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.ThreeDSResult;
import java.util.List;
import java.util.Map;

/**
 * What a provider call produced: the normalised result, the browser step when one is pending, the
 * provider ids to keep for the next call, the authorisation where the provider's call is also one,
 * the exchanges made, for the evidence trail, and what the answer said about the card, if anything.
 */
public record ProviderResult(ThreeDSResult result, BrowserAction browserAction, Map<String, String> refs,
                             AuthorizationResult authorization, List<ProviderExchange> exchanges,
                             ReportedCard card) {

    public ProviderResult(ThreeDSResult result, BrowserAction browserAction, Map<String, String> refs,
                          AuthorizationResult authorization, List<ProviderExchange> exchanges) {
        this(result, browserAction, refs, authorization, exchanges, null);
    }

    public boolean awaitsBrowser() {
        return browserAction != null;
    }
}
