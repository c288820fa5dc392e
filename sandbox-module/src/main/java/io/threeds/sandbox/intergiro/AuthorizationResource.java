package io.threeds.sandbox.intergiro;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /sandbox/intergiro/v1/authorization} ({@link Authorizations}): every call must carry
 * {@code Authorization: Bearer <sandbox.intergiro.api-key>} (default {@code sandbox-intergiro-key}), else
 * 401. Calls are subject to {@code /sandbox/intergiro/faults} and logged in {@code /sandbox/intergiro/calls}
 * with {@code number} as the merchant reference and {@code card.pan}, masked, when the card is an object.
 */
@Path("intergiro/v1/authorization")
@RequestScoped
@ProviderApi(value = IntergiroErrors.PROVIDER, merchantReference = RequestValidation.NUMBER,
        cardNumber = RequestValidation.PAN)
public class AuthorizationResource {

    @Inject
    Authorizations authorizations;

    @Inject
    @ConfigProperty(name = "sandbox.intergiro.api-key", defaultValue = "sandbox-intergiro-key")
    String apiKey;

    @Context
    UriInfo uri;

    @POST
    public Response authorize(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        if (!new ApiKey(apiKey).accepts(authorization)) {
            return ApiAnswer.of(IntergiroError.notAuthorized()).response();
        }
        return authorizations.post(body, uri.getBaseUri(), Instant.now()).response();
    }
}
