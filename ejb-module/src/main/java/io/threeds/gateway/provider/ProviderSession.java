package io.threeds.gateway.provider;

import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import java.util.Map;

/**
 * What the gateway stored of an authentication that a provider needs to continue it: its provider
 * ids, and for a provider that needs it again (a re-POST, an enrollment), the merchant's request as
 * held, card included (null otherwise); {@code urls} are the gateway's browser endpoints for it
 * ({@link HostedPageUrls#challengeComplete()}...).
 */
public record ProviderSession(String authenticationId, String cardBrand, long amountValue, String currency,
                              Map<String, String> refs, NewAuthentication request, String merchantReference,
                              HostedPageUrls urls) {
    /** Never prints the refs (a card token may be among them) or the held request. */
    @Override
    public String toString() {
        return "ProviderSession[" + authenticationId + ", refs " + refs.keySet() + "]";
    }
}
