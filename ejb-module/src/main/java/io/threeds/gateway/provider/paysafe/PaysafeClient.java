package io.threeds.gateway.provider.paysafe;

import io.threeds.gateway.provider.ProviderClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Paysafe's 3D Secure v1 and Card Payments APIs, HTTP Basic authenticated, called through
 * {@link PaysafeCalls}, which holds its fault tolerance.
 */
@RegisterRestClient(configKey = "paysafe")
// A 402 at Paysafe is a declined payment, an answer the adapter maps.
@ProviderClient(answers = 402)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaysafeClient {

    @POST
    @Path("/threedsecure/v1/accounts/{account}/enrollmentchecks")
    Response checkEnrollment(@PathParam("account") String account, @HeaderParam("Authorization") String basic,
                             String body);

    @POST
    @Path("/threedsecure/v1/accounts/{account}/enrollmentchecks/{enrollment}/authentications")
    Response validate(@PathParam("account") String account, @PathParam("enrollment") String enrollmentId,
                      @HeaderParam("Authorization") String basic, String body);

    @POST
    @Path("/cardpayments/v1/accounts/{account}/auths")
    Response authorize(@PathParam("account") String account, @HeaderParam("Authorization") String basic,
                       String body);
}
