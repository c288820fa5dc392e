package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.provider.ProviderClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Verifone's 3DS service and eCommerce API (HTTP Basic); no blind retries. */
@RegisterRestClient(configKey = "verifone")
// Verifone answers results, declined payments included, with HTTP 200.
@ProviderClient
public interface VerifoneClient {

    @POST
    @Path("/oidc/3ds-service/v2/jwt/create")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createJwt(@HeaderParam("Authorization") String basic, String body);

    /**
     * Verifone checks the {@code payments.validated} JWT it signed and answers its payload: the merchant
     * never holds the key that signs it. [X] Not in seed 000 (000:139 says only "send JWT to backend to
     * verify"): Verifone's 3DS service offers a JWT validation operation; path and body are our reading [P].
     */
    @POST
    @Path("/oidc/3ds-service/v2/jwt/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response validateJwt(@HeaderParam("Authorization") String basic, String body);

    @POST
    @Path("/oidc/3ds-service/v2/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response lookup(@HeaderParam("Authorization") String basic, String body);

    @POST
    @Path("/oidc/api/v2/transactions/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response pay(@HeaderParam("Authorization") String basic, String body);

    /** The secure card capture public key, armoured. */
    @GET
    @Path("/secure-card-capture/keys/{alias}")
    @Produces(MediaType.TEXT_PLAIN)
    String publicKey(@PathParam("alias") String alias);
}
