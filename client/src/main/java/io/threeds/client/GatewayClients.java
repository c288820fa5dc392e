package io.threeds.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds the client interfaces with their credentials through {@link RestClientBuilder}, in a container
 * (from a CDI producer) or outside one with any MicroProfile REST Client implementation on the class path.
 * {@code gateway} is the gateway's root, e.g. {@code https://gateway.example.com}. A create may wait for the
 * provider (up to its timeout, 8 s by default), so the read timeout is 30 s.
 */
public final class GatewayClients {
    private GatewayClients() {
    }

    public static AuthenticationsApi merchant(URI gateway, String apiKey) {
        return builder(gateway, new ApiCredentials(apiKey, null)).build(AuthenticationsApi.class);
    }

    /** A partner acting for one linked merchant ({@code Merchant-Id} on every call). */
    public static AuthenticationsApi partner(URI gateway, String apiKey, String merchantId) {
        if (merchantId == null) {
            throw new IllegalArgumentException("a partner acts for a merchant: merchantId is required");
        }
        return builder(gateway, new ApiCredentials(apiKey, merchantId)).build(AuthenticationsApi.class);
    }

    public static AuditApi auditor(URI gateway, String apiKey) {
        return builder(gateway, new ApiCredentials(apiKey, null)).build(AuditApi.class);
    }

    private static RestClientBuilder builder(URI gateway, ApiCredentials credentials) {
        return RestClientBuilder.newBuilder().baseUri(gateway).register(credentials)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS);
    }
}
