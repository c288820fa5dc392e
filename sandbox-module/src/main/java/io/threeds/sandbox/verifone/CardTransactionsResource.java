package io.threeds.sandbox.verifone;

import io.threeds.sandbox.ProviderApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** {@code POST /sandbox/verifone/oidc/api/v2/transactions/card}. */
@Path("verifone/oidc/api/v2/transactions")
@RequestScoped
@ProviderApi(value = VerifoneErrors.PROVIDER, merchantReference = RequestValidation.MERCHANT_REFERENCE)
public class CardTransactionsResource {

    @Inject
    ApiCredentials credentials;

    @Inject
    CardTransactions transactions;

    @POST
    @Path("card")
    public Response card(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return credentials.call(authorization, body, transactions::authorize).toResponse();
    }
}
