package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.provider.ProviderClient;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Intergiro's authorization endpoint (POST, re-POSTed with the cycle id), called through
 * {@link IntergiroCalls}, which holds its fault tolerance.
 */
@RegisterRestClient(configKey = "intergiro")
// A 400 at Intergiro is an answer: "verification required", a refused card (a failed verification) or a
// refused request; 400 is the one status the seed's errors show (001:20), any other is a failure.
@ProviderClient(answers = 400)
public interface IntergiroClient {

    @POST
    @Path("/v1/authorization")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response authorize(@HeaderParam("Authorization") String bearer, String body);
}
