package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ProviderApi;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.function.Function;

/**
 * {@code POST /sandbox/firstoken/v1/risk/authentication/setup|enroll|validate}, also served without the
 * {@code /v1} (G-F13: the seed's paths are relative to an unnamed base).
 */
@Path("firstoken/{base: v1/risk|risk}/authentication")
@RequestScoped
@ProviderApi(value = FirstokenErrors.PROVIDER, merchantReference = RequestValidation.REFERENCE_CODE,
        cardNumber = RequestValidation.CARD_NUMBER)
public class PayerAuthenticationResource {

    @Inject
    ApiKey apiKey;

    @Inject
    PayerAuthentication payerAuthentication;

    @Context
    UriInfo uri;

    @POST
    @Path("setup")
    public Response setup(@HeaderParam(ApiKey.HEADER) String key, String body) {
        return answer(key, body, json -> payerAuthentication.setup(json, uri.getBaseUri(), Instant.now()));
    }

    @POST
    @Path("enroll")
    public Response enroll(@HeaderParam(ApiKey.HEADER) String key, String body) {
        return answer(key, body, json -> payerAuthentication.enroll(json, uri.getBaseUri(), Instant.now()));
    }

    @POST
    @Path("validate")
    public Response validate(@HeaderParam(ApiKey.HEADER) String key, String body) {
        return answer(key, body, json -> payerAuthentication.validate(json, Instant.now()));
    }

    private Response answer(String key, String body, Function<RequestBody, JsonAnswer> call) {
        return apiKey.call(key, body, call).toResponse();
    }
}
