package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CallDetails;
import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ProviderApi;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Worldline Connect's payments API, {@code POST /v1/{merchantId}/payments} (Create Payment) and
 * {@code GET /v1/{merchantId}/payments/{paymentId}} (Get Payment), under {@code /sandbox/worldline}.
 * Every call must carry a {@code GCS v1HMAC} authorization of the configured key over its method,
 * content type as sent, date and path, and a current {@code Date} in Connect's form ({@link GcsSignature}),
 * else 401.
 */
@Path("worldline/v1/{merchantId}/payments")
@RequestScoped
@ProviderApi(value = WorldlineErrors.PROVIDER, merchantReference = Order.MERCHANT_REFERENCE,
        cardNumber = Order.CARD_NUMBER)
public class PaymentsResource {
    /** How long the card of SANDBOX.md's "the provider answers only after 15 seconds" row takes. */
    static final Duration SLOW_ANSWER = Duration.ofSeconds(15);
    private static final String BASE = "/worldline";

    @Inject
    Payments payments;

    @Inject
    CallDetails call;

    @Inject
    @ConfigProperty(name = "sandbox.worldline.api-key-id", defaultValue = "sandbox-key")
    String apiKeyId;

    @Inject
    @ConfigProperty(name = "sandbox.worldline.api-secret", defaultValue = "sandbox-secret")
    String apiSecret;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    public Response create(@PathParam("merchantId") String merchantId, String text) {
        if (!authorized("POST")) {
            return WorldlineErrors.response(WorldlineError.missingOrInvalidAuthorization());
        }
        RequestBody body = RequestBody.parse(text).orElse(null);
        if (body == null) {
            return WorldlineErrors.response(WorldlineError.invalidValue(null, "REQUEST BODY IS NOT A JSON OBJECT"));
        }
        List<WorldlineError> errors = RequestValidation.check(body);
        if (!errors.isEmpty()) {
            return WorldlineErrors.response(errors);
        }
        CardNumber card = new CardNumber(body.text(Order.CARD_NUMBER).orElseThrow());
        WorldlineScenario scenario = WorldlineScenario.of(card);
        if (scenario.redirects() && !body.has(Order.RETURN_URL)) {
            return WorldlineErrors.response(WorldlineError.requiredValueMissing(Order.RETURN_URL));
        }
        if (scenario == WorldlineScenario.SLOW_FRICTIONLESS) {
            pause(SLOW_ANSWER);
        }
        Payment payment = Payment.open(payments.nextId(merchantId), merchantId, Order.of(body, card), scenario,
                Instant.now());
        payments.add(payment);
        if (payment.outcome().status() == PaymentStatus.REJECTED) {
            return json(Response.status(402), PaymentDocument.rejected(payment).toString());
        }
        return json(Response.created(uri.getAbsolutePathBuilder().path(payment.id()).build()),
                PaymentDocument.created(payment, uri.getBaseUri()).toString());
    }

    @GET
    @Path("{paymentId}")
    public Response get(@PathParam("merchantId") String merchantId, @PathParam("paymentId") String paymentId) {
        if (!authorized("GET")) {
            return WorldlineErrors.response(WorldlineError.missingOrInvalidAuthorization());
        }
        return payments.find(merchantId, paymentId)
                .map(payment -> {
                    call.merchantReference(payment.order().merchantReference());
                    return json(Response.ok(), PaymentDocument.payment(payment).toString());
                })
                .orElseGet(() -> WorldlineErrors.response(WorldlineError.unknownPayment(paymentId)));
    }

    /** Checks the signature over the path after {@code /sandbox/worldline}, as the merchant addressed it. */
    private boolean authorized(String method) {
        String requestPath = uri.getRequestUri().getRawPath();
        String applicationPath = uri.getBaseUri().getRawPath().replaceAll("/$", "");
        String signedPath = requestPath.substring(applicationPath.length() + BASE.length());
        return new GcsSignature(apiKeyId, apiSecret).accepts(headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                method, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), headers.getHeaderString(HttpHeaders.DATE),
                signedPath, Instant.now());
    }

    private static Response json(Response.ResponseBuilder response, String body) {
        return response.entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
