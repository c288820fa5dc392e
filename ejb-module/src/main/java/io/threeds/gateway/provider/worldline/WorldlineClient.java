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
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Worldline Connect's payments API. Fault tolerance sits here, on the client proxy, outside any
 * transaction. No {@code @Retry}: a Create Payment that timed out may have reached Worldline and
 * authorised the card, so it is never repeated blindly. Timeout, breaker and bulkhead values are
 * overridable through MP Config ({@code io.threeds.gateway.provider.worldline.WorldlineClient/Timeout/value}...).
 * Answers are returned as {@link Response}: a 402 is a normal outcome (a rejected payment), so the
 * default exception mapper is disabled and {@link ProviderClient} raises only on real failures.
 * {@link WorldlineSigning} adds {@code Date} and {@code Authorization} to each request as it is sent.
 */
@RegisterRestClient(configKey = "worldline")
@ProviderClient(answers = 402)
@RegisterProvider(WorldlineSigning.class)
@Path("/v1/{merchantId}")
@Timeout(8000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30000, successThreshold = 2)
@Bulkhead(50)
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
