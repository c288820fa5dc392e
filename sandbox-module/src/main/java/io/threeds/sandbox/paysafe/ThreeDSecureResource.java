package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_REF_NUM;
import static io.threeds.sandbox.paysafe.RequestFields.PA_RES;

import io.threeds.sandbox.BasicCredentials;
import io.threeds.sandbox.CallDetails;
import io.threeds.sandbox.ProviderApi;
import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.paysafe.PaysafeError.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Paysafe's 3D Secure API v1 under {@code /sandbox/paysafe/threedsecure/v1/accounts/{account_id}}:
 * the enrollment lookup ({@code POST enrollmentchecks}, {@code GET enrollmentchecks/{id}}), the seed's
 * PaRes validation ({@code POST enrollmentchecks/{id}/authentications}) and its self link
 * ({@code GET authentications/{id}}). Every call needs the configured HTTP Basic credentials, else 401.
 */
@Path("paysafe/threedsecure/v1/accounts/{accountId}")
@RequestScoped
@ProviderApi(value = PaysafeErrors.PROVIDER, merchantReference = MERCHANT_REF_NUM,
        cardNumber = RequestFields.CARD_NUMBER)
public class ThreeDSecureResource {
    /** How long the card of SANDBOX.md's "the provider answers only after 15 seconds" row takes. */
    static final Duration SLOW_ANSWER = Duration.ofSeconds(15);

    @Inject
    Enrollments enrollments;

    @Inject
    MerchantRefNums merchantRefNums;

    @Inject
    BasicCredentials credentials;

    @Inject
    PaResSignature signature;

    @Inject
    CallDetails call;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("enrollmentchecks")
    public Response checkEnrollment(@PathParam("accountId") String accountId, String text) {
        if (!credentials.accept(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return PaysafeErrors.response(PaysafeError.invalidCredentials());
        }
        RequestBody body = RequestBody.parse(text).orElse(null);
        if (body == null) {
            return PaysafeErrors.response(PaysafeError.bodyNotAnObject());
        }
        List<FieldError> errors = RequestValidation.enrollmentCheck(body);
        if (!errors.isEmpty()) {
            return PaysafeErrors.response(PaysafeError.invalidFields(errors));
        }
        EnrollmentCheck check = EnrollmentCheck.of(body);
        PaysafeScenario scenario = PaysafeScenario.of(check.card());
        if (scenario == PaysafeScenario.SLOW_AUTHENTICATED) {
            pause(SLOW_ANSWER);
        }
        String acsUrl = uri.getBaseUriBuilder().path("paysafe/acs").build().toString();
        Enrollment enrollment = Enrollment.open(accountId, check, scenario, acsUrl, Instant.now());
        enrollments.add(enrollment);
        return ok(enrollment.toJson());
    }

    @GET
    @Path("enrollmentchecks/{enrollmentId}")
    public Response enrollment(@PathParam("accountId") String accountId,
                               @PathParam("enrollmentId") String enrollmentId) {
        if (!credentials.accept(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return PaysafeErrors.response(PaysafeError.invalidCredentials());
        }
        return enrollments.find(accountId, enrollmentId)
                .map(enrollment -> {
                    call.merchantReference(enrollment.merchantRefNum());
                    return ok(enrollment.toJson());
                })
                .orElseGet(() -> unknownEnrollment(accountId, enrollmentId));
    }

    /**
     * Validates the PaRes of an enrolled card's check, once (G-P10), with a {@code merchantRefNum} no
     * earlier request used (G-P8). The PaRes's own problems (unreadable, altered, another transaction's)
     * are answers, not errors: {@link Authentication#validate}.
     */
    @POST
    @Path("enrollmentchecks/{enrollmentId}/authentications")
    public Response authenticate(@PathParam("accountId") String accountId,
                                 @PathParam("enrollmentId") String enrollmentId, String text) {
        if (!credentials.accept(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return PaysafeErrors.response(PaysafeError.invalidCredentials());
        }
        RequestBody body = RequestBody.parse(text).orElse(null);
        if (body == null) {
            return PaysafeErrors.response(PaysafeError.bodyNotAnObject());
        }
        List<FieldError> errors = RequestValidation.authentication(body);
        if (!errors.isEmpty()) {
            return PaysafeErrors.response(PaysafeError.invalidFields(errors));
        }
        Enrollment enrollment = enrollments.find(accountId, enrollmentId).orElse(null);
        if (enrollment == null) {
            return unknownEnrollment(accountId, enrollmentId);
        }
        if (!enrollment.scenario().enrolled()) {
            return PaysafeErrors.response(PaysafeError.invalidField(PA_RES, "enrollment check " + enrollmentId
                    + " has threeDEnrollment " + enrollment.threeDEnrollment() + ": there is no PaRes to validate"));
        }
        if (enrollment.authentication() != null) {
            return alreadyAuthenticated(enrollmentId);
        }
        String merchantRefNum = body.text(MERCHANT_REF_NUM).orElseThrow();
        if (!merchantRefNums.claim(merchantRefNum)) {
            return PaysafeErrors.response(PaysafeError.alreadyProcessed(
                    "merchantRefNum " + merchantRefNum + " has already been used."));
        }
        Authentication authentication = Authentication.validate(enrollment, merchantRefNum,
                body.text(PA_RES).orElseThrow(), signature, Instant.now());
        if (!enrollments.authenticate(authentication)) {
            return alreadyAuthenticated(enrollmentId);
        }
        return ok(authentication.toJson(uri.getBaseUri()));
    }

    @GET
    @Path("authentications/{authenticationId}")
    public Response authentication(@PathParam("accountId") String accountId,
                                   @PathParam("authenticationId") String authenticationId) {
        if (!credentials.accept(headers.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return PaysafeErrors.response(PaysafeError.invalidCredentials());
        }
        return enrollments.findAuthentication(accountId, authenticationId)
                .map(authentication -> {
                    call.merchantReference(authentication.merchantRefNum());
                    return ok(authentication.toJson(uri.getBaseUri()));
                })
                .orElseGet(() -> PaysafeErrors.response(PaysafeError.notFound(
                        "No authentication " + authenticationId + " in account " + accountId + ".")));
    }

    private static Response unknownEnrollment(String accountId, String enrollmentId) {
        return PaysafeErrors.response(PaysafeError.notFound(
                "No enrollment check " + enrollmentId + " in account " + accountId + "."));
    }

    private static Response alreadyAuthenticated(String enrollmentId) {
        return PaysafeErrors.response(PaysafeError.alreadyProcessed(
                "The PaRes of enrollment check " + enrollmentId + " has already been validated."));
    }

    private static Response ok(JsonObject json) {
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON).build();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
