package io.threeds.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The merchant and partner API (API.md §2). Build it with {@link GatewayClients}, which adds the API key
 * (and a partner's {@code Merchant-Id}); every error answer is thrown as a {@link GatewayProblem}. Creates
 * and authorisations are best made through {@link IdempotentRequests}, which retries them safely.
 */
@Path("/api/v1/authentications")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "threeds")
@RegisterProvider(ProblemMapper.class)
public interface AuthenticationsApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Starts an authentication; the same key and body again returns the first answer. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Authentication create(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, NewAuthentication request);

    /** One authentication; {@link ResourceNotFound} for an unknown id or another merchant's. */
    @GET
    @Path("{id}")
    Authentication get(@PathParam("id") String id);

    /** The caller's authentications for one merchant reference, newest first. */
    @GET
    AuthenticationList byMerchantReference(@QueryParam("merchantReference") String merchantReference);

    /** Authorises the payment with the authentication's 3-D Secure data, at most once per authentication. */
    @POST
    @Path("{id}/authorization")
    @Consumes(MediaType.APPLICATION_JSON)
    Authorization authorize(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                            AuthorizationRequest request);
}
