package io.threeds.gateway.provider;

import java.util.Map;

/** What the gateway stored of an authentication that a provider needs to continue it. */
public record ProviderSession(String authenticationId, String cardBrand, long amountValue, String currency,
                              Map<String, String> refs) {
}
