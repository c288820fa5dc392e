package io.threeds.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends {@code Authorization: Bearer <api key>} on every call, and a partner's {@code Merchant-Id}: the
 * merchant it acts for. Holds the key; never prints it.
 */
public final class ApiCredentials implements ClientRequestFilter {
    private final String apiKey;
    private final String merchantId;

    public ApiCredentials(String apiKey, String merchantId) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required");
        }
        this.apiKey = apiKey;
        this.merchantId = merchantId;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        if (merchantId != null) {
            request.getHeaders().putSingle("Merchant-Id", merchantId);
        }
    }

    @Override
    public String toString() {
        return "ApiCredentials[" + (merchantId == null ? "" : "for " + merchantId) + "]";
    }
}
