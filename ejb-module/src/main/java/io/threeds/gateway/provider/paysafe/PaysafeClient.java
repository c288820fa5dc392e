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
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Paysafe's 3D Secure v1 and Card Payments APIs, HTTP Basic authenticated. Fault tolerance on the
 * proxy, outside any transaction; no {@code @Retry}: a timed-out payment may have been made.
 */
@RegisterRestClient(configKey = "paysafe")
// A 402 at Paysafe is a declined payment, an answer the adapter maps.
@ProviderClient(answers = 402)
@Timeout(8000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30000, successThreshold = 2)
@Bulkhead(50)
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
