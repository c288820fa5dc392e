package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.paysafe.RequestFields.CARD_NUMBER;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_REF_NUM;
import static io.threeds.sandbox.paysafe.RequestFields.XID;

import io.threeds.sandbox.BasicCredentials;
import io.threeds.sandbox.ProviderApi;
import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.paysafe.PaysafeError.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Paysafe's Card Payments API authorisation, {@code POST /sandbox/paysafe/cardpayments/v1/accounts/{account_id}/auths}
 * (PROVIDERS.md §4.3.4, outside the seed): approves every well-formed request with a new
 * {@code merchantRefNum}, except one whose 3-D Secure result is {@code N} or whose PaRes signature did not
 * verify (402, {@code 3022}). An {@code authentication.xid} must be that of an enrollment check of the
 * same account and card (else 400). Nothing is kept but the reference.
 */
@Path("paysafe/cardpayments/v1/accounts/{accountId}/auths")
@RequestScoped
@ProviderApi(value = PaysafeErrors.PROVIDER, merchantReference = MERCHANT_REF_NUM, cardNumber = CARD_NUMBER)
public class CardPaymentsResource {

    @Inject
    Enrollments enrollments;

    @Inject
    MerchantRefNums merchantRefNums;

    @Inject
    BasicCredentials credentials;

    @Context
    HttpHeaders headers;

    @POST
    public Response authorize(@PathParam("accountId") String accountId, String text) {
        if (!credentials.accept(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return PaysafeErrors.response(PaysafeError.invalidCredentials());
        }
        RequestBody body = RequestBody.parse(text).orElse(null);
        if (body == null) {
            return PaysafeErrors.response(PaysafeError.bodyNotAnObject());
        }
        List<FieldError> errors = RequestValidation.authorization(body);
        if (!errors.isEmpty()) {
            return PaysafeErrors.response(PaysafeError.invalidFields(errors));
        }
        CardAuthorization authorization = CardAuthorization.of(body);
        if (authorization.xid() != null) {
            Optional<Enrollment> enrollment = enrollments.findByXid(authorization.xid())
                    .filter(found -> found.accountId().equals(accountId));
            if (enrollment.isEmpty()) {
                return PaysafeErrors.response(PaysafeError.invalidField(XID,
                        "belongs to no enrollment check of account " + accountId));
            }
            if (!enrollment.get().card().matches(authorization.card())) {
                return PaysafeErrors.response(PaysafeError.invalidField(CARD_NUMBER,
                        "is not the card of the enrollment check of authentication.xid"));
            }
        }
        if (!merchantRefNums.claim(authorization.merchantRefNum())) {
            return PaysafeErrors.response(PaysafeError.alreadyProcessed(
                    "merchantRefNum " + authorization.merchantRefNum() + " has already been used."));
        }
        if (authorization.insufficientlyAuthenticated()) {
            return PaysafeErrors.response(PaysafeError.insufficientAuthentication());
        }
        return Response.ok(authorization.approved(UUID.randomUUID().toString(), Instant.now()).toString(),
                MediaType.APPLICATION_JSON).build();
    }
}
