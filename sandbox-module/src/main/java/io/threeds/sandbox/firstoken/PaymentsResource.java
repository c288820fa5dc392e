package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ProviderApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** {@code POST /sandbox/firstoken/v1/payments}, also served as {@code /sandbox/firstoken/payments} (G-F13). */
@Path("firstoken/{base: v1/payments|payments}")
@RequestScoped
@ProviderApi(value = FirstokenErrors.PROVIDER, merchantReference = RequestValidation.REFERENCE_CODE,
        cardNumber = RequestValidation.CARD_NUMBER)
public class PaymentsResource {

    @Inject
    ApiKey apiKey;

    @POST
    public Response pay(@HeaderParam(ApiKey.HEADER) String key, String body) {
        return apiKey.call(key, body, json -> PaymentAuthorization.authorize(json, Instant.now())).toResponse();
    }
}
