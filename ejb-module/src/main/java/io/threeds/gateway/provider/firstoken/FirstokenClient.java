package io.threeds.gateway.provider.firstoken;

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
 * Firstoken's payer authentication and payments API ({@code x-api-key} [X]); no blind retries. Paths are
 * the seed's, relative ({@code risk/authentication/setup} 002:127, {@code risk/authentication/enroll}
 * 002:164, {@code /payments} 002:252); the API version belongs to the base URL,
 * {@code firstoken/mp-rest/url} ({@code .../v1} [X], G-F13). {@code validate} is not in the seed [X].
 */
@RegisterRestClient(configKey = "firstoken")
// Firstoken answers every result, failed authentications and declines included, with HTTP 200.
@ProviderClient
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface FirstokenClient {

    @POST
    @Path("risk/authentication/setup")
    Response setup(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("risk/authentication/enroll")
    Response enroll(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("risk/authentication/validate")
    Response validate(@HeaderParam("x-api-key") String apiKey, String body);

    @POST
    @Path("payments")
    Response pay(@HeaderParam("x-api-key") String apiKey, String body);
}
