package io.threeds.sandbox.verifone;

import io.threeds.sandbox.ProviderApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** {@code POST /sandbox/verifone/oidc/3ds-service/v2/jwt/create} and {@code .../v2/lookup}. */
@Path("verifone/oidc/3ds-service/v2")
@RequestScoped
@ProviderApi(value = VerifoneErrors.PROVIDER, merchantReference = RequestValidation.MERCHANT_REFERENCE)
public class ThreeDSecureServiceResource {

    @Inject
    ApiCredentials credentials;

    @Inject
    ThreeDSecureService service;

    @Context
    UriInfo uri;

    @POST
    @Path("jwt/create")
    public Response jwtCreate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return credentials.call(authorization, body, json -> service.jwtCreate(json, Instant.now())).toResponse();
    }

    @POST
    @Path("jwt/validate")
    public Response jwtValidate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return credentials.call(authorization, body, json -> service.jwtValidate(json, Instant.now())).toResponse();
    }

    @POST
    @Path("lookup")
    public Response lookup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return credentials.call(authorization, body, json -> service.lookup(json, uri.getBaseUri(), Instant.now()))
                .toResponse();
    }
}
