package io.threeds.shop;

import io.threeds.client.AuthenticationsApi;
import io.threeds.client.GatewayClients;
import io.threeds.client.IdempotentRequests;
import io.threeds.client.RetryPolicy;
import io.threeds.client.WebhookVerifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's connection to the gateway, from MicroProfile Config: each key may come from the environment
 * under its upper-cased, underscored name ({@code shop.api-key} from {@code SHOP_API_KEY}). The API key and
 * the webhook secret have no default, so the application does not start without them.
 */
@ApplicationScoped
public class GatewayConnection {
    @Inject
    @ConfigProperty(name = "shop.gateway-url", defaultValue = "http://localhost:9080")
    URI gatewayUrl;

    @Inject
    @ConfigProperty(name = "shop.api-key")
    String apiKey;

    @Inject
    @ConfigProperty(name = "shop.webhook-secret")
    String webhookSecret;

    /** Where the shopper comes back to: the shop's own address as the shopper's browser reaches it. */
    @Inject
    @ConfigProperty(name = "shop.base-url", defaultValue = "http://localhost:9083")
    URI baseUrl;

    private AuthenticationsApi authentications;
    private IdempotentRequests requests;
    private WebhookVerifier webhooks;

    @PostConstruct
    void connect() {
        authentications = GatewayClients.merchant(gatewayUrl, apiKey);
        requests = new IdempotentRequests(authentications, RetryPolicy.standard());
        webhooks = new WebhookVerifier(webhookSecret);
    }

    /** Reads; wrap them in {@code RetryPolicy.standard().call(...)} to ride out a restart of the gateway. */
    AuthenticationsApi authentications() {
        return authentications;
    }

    /** Creates, each under the Idempotency-Key the caller keeps with its order. */
    IdempotentRequests requests() {
        return requests;
    }

    WebhookVerifier webhooks() {
        return webhooks;
    }

    String returnUrl() {
        return baseUrl.resolve("/checkout/done").toString();
    }
}
