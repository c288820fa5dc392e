package io.threeds.gateway.provider.firstoken;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Firstoken's payer authentication and payments API ({@code x-api-key}); no blind retries. */
@RegisterRestClient(configKey = "firstoken")
@RegisterProvider(FirstokenErrors.class)
@Timeout(8000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30000, successThreshold = 2)
@Bulkhead(50)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface FirstokenClient {

    @POST
    @Path("/v1/risk/authentication/setup")
    Response setup(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("/v1/risk/authentication/enroll")
    Response enroll(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("/v1/risk/authentication/validate")
    Response validate(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("/v1/payments")
    Response pay(@HeaderParam("x-api-key") String apiKey, String body);
}
