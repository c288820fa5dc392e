package io.threeds.gateway.provider.worldline;

import io.threeds.gateway.provider.ProviderClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Worldline Connect's payments API, called through {@link WorldlineCalls}, which holds its fault tolerance.
 * Answers are returned as {@link Response}: a 402 is a normal outcome (a rejected payment), so the
 * default exception mapper is disabled and {@link ProviderClient} raises only on real failures.
 * {@link WorldlineSigning} adds {@code Date} and {@code Authorization} to each request as it is sent.
 */
@RegisterRestClient(configKey = "worldline")
@ProviderClient(answers = 402)
@RegisterProvider(WorldlineSigning.class)
@Path("/v1/{merchantId}")
public interface WorldlineClient {

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createPayment(@PathParam("merchantId") String merchantId, String body);

    @GET
    @Path("/payments/{paymentId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response getPayment(@PathParam("merchantId") String merchantId, @PathParam("paymentId") String paymentId);
}
