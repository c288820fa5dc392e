package io.threeds.shop;

import io.threeds.client.InvalidWebhookSignature;
import io.threeds.client.WebhookEvent;
import io.threeds.client.WebhookVerifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * The shop's webhook endpoint (the merchant's {@code webhookUrl}). The body is taken as raw bytes, since the
 * signature covers them exactly as sent; nothing in an event is believed before it is verified. A 2xx tells
 * the gateway to stop delivering it; anything else makes it try again later.
 */
@Path("webhooks")
public class WebhookResource {
    private static final Logger LOG = Logger.getLogger(WebhookResource.class.getName());

    @Inject
    GatewayConnection gateway;

    @Inject
    WebhookInbox inbox;

    @POST
    public Response receive(@HeaderParam(WebhookVerifier.HEADER) String signature, byte[] body) {
        WebhookEvent event;
        try {
            event = gateway.webhooks().read(signature, body);
        } catch (InvalidWebhookSignature refused) {
            LOG.warning("webhook refused: " + refused.getMessage());
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        if (inbox.accept(event)) {
            LOG.info("webhook " + event.type() + " verified for authentication " + event.data().id());
        }
        return Response.noContent().build();
    }
}
