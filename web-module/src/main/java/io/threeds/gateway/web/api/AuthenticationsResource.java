package io.threeds.gateway.web.api;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.authentication.AuthenticationService;
import io.threeds.gateway.deployment.Deployment;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.WebOrigins;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.web.api.Views.AuthenticationList;
import io.threeds.gateway.web.api.Views.AuthenticationView;
import io.threeds.gateway.web.api.Views.AuthorizationView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("authentications")
@Tag(name = "Authentications")
@Produces(MediaType.APPLICATION_JSON)
public class AuthenticationsResource {
    private static final String EXAMPLE = """
            {"merchantReference": "order-1234", "amount": {"value": 1000, "currency": "EUR"},
             "card": {"number": "4000000000002701", "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe"},
             "provider": "worldline",
             "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0", "ipAddress": "192.0.2.10",
                         "language": "en-US", "colorDepth": 24, "screenHeight": 1080, "screenWidth": 1920,
                         "timeZoneOffsetMinutes": -60, "javaEnabled": false, "javascriptEnabled": true},
             "challengePreference": "NO_PREFERENCE", "returnUrl": "https://shop.example.com/checkout/3ds-done"}""";
    private static final String IDEMPOTENCY_KEY = "1 to 255 printable characters, unique per request; a replay "
            + "with the same key and body returns the first answer (Idempotent-Replayed: true)";
    private static final String ENCRYPTED_EXAMPLE = """
            {"merchantReference": "order-1235", "amount": {"value": 1000, "currency": "EUR"},
             "card": {"encrypted": "LS0tLS1CRUdJTiBQR1AgTUVTU0FHRS0tLS0t...", "publicKeyAlias": "sandbox-key-1",
                      "expiryMonth": 12, "expiryYear": 2030},
             "provider": "verifone", "returnUrl": "https://shop.example.com/checkout/3ds-done"}""";

    @EJB
    AuditTrail audit;

    @EJB
    AuthenticationService authentications;

    @Inject
    Deployment deployment;

    @Inject
    CallerContext callerContext;

    @Inject
    AuthenticationViews views;

    @Inject
    IdempotentCall idempotent;

    @Inject
    AuthenticationRequestReader reader;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.MERCHANT, Role.PARTNER})
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @SecurityRequirementsSet({@SecurityRequirement(name = "partnerKey"), @SecurityRequirement(name = "partnerMerchant")})
    @Operation(operationId = "createAuthentication", summary = "Authenticate a card payment with 3-D Secure",
            description = "Frictionless results come back at once (state COMPLETED); a browser step returns "
                    + "state PENDING_BROWSER with nextAction.url, the hosted page to send the shopper to. "
                    + "Requires Idempotency-Key; a replay returns the first answer with Idempotent-Replayed: true. "
                    + "card carries a number, or for verifone instead what verifone.js returned (encrypted, "
                    + "publicKeyAlias): the gateway then never sees the number, and card.bin, last4 and brand "
                    + "come from verifone's answers.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAuthentication"), examples = {
            @ExampleObject(name = "frictionless", value = EXAMPLE),
            @ExampleObject(name = "verifone, card encrypted in the browser", value = ENCRYPTED_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AuthenticationView.class)))
    @APIResponse(responseCode = "400", description = "Validation failed (problem+json with violations)")
    @APIResponse(responseCode = "409", description = "Idempotency key in use")
    @APIResponse(responseCode = "422", description = "Idempotency key reused with another body")
    @APIResponse(responseCode = "429", description = "Over the caller's per-minute limit, with Retry-After")
    @APIResponse(responseCode = "502", description = "Provider answered with something unusable")
    @APIResponse(responseCode = "503", description = "Provider unavailable, with Retry-After")
    @APIResponse(responseCode = "504", description = "Provider timed out: the authentication is FAILED, transStatus E")
    public Response create(@Parameter(description = IDEMPOTENCY_KEY, required = true)
                           @HeaderParam(IdempotentCall.HEADER) String idempotencyKey, String body) {
        Caller caller = callerContext.get();
        if (idempotencyKey == null) {
            throw ValidationException.of(IdempotentCall.HEADER, "header is required");
        }
        NewAuthentication request = reader.read(body, deployment.isSandbox());
        return idempotent.run(caller.merchantId(), "authentications.create", "authentications/", idempotencyKey,
                body, UUID.randomUUID().toString(), new AuthenticationCreation(authentications, views, caller, request),
                new AuthenticationReplay(authentications, views, caller)).response();
    }

    @POST
    @Path("{id}/authorization")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.MERCHANT, Role.PARTNER})
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @SecurityRequirementsSet({@SecurityRequirement(name = "partnerKey"), @SecurityRequirement(name = "partnerMerchant")})
    @Operation(operationId = "authorizeAuthentication",
            summary = "Authorise the payment with the authentication's 3-D Secure data",
            description = "Where the provider's authentication is itself the authorisation (worldline), returns the "
                    + "authorisation made then. Refused with 409 when recommendedAction is DO_NOT_PROCEED or the "
                    + "authentication is not COMPLETED. Requires Idempotency-Key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AuthorizationRequest"),
            examples = @ExampleObject(name = "capture", value = "{\"capture\": true}")))
    @APIResponse(responseCode = "201", description = "The authorisation",
            content = @Content(schema = @Schema(implementation = AuthorizationView.class)))
    @APIResponse(responseCode = "409", description = "DO_NOT_PROCEED, or not COMPLETED")
    public Response authorize(@PathParam("id") String id, @Parameter(description = IDEMPOTENCY_KEY, required = true)
                              @HeaderParam(IdempotentCall.HEADER) String idempotencyKey, String body) {
        Caller caller = callerContext.get();
        if (idempotencyKey == null) {
            throw ValidationException.of(IdempotentCall.HEADER, "header is required");
        }
        RequestObject request = RequestObject.parse(body, Set.of("capture"));
        boolean capture = Boolean.TRUE.equals(request.bool("capture"));
        request.throwIfInvalid();
        return idempotent.run(caller.merchantId(), "authentications.authorize:" + id, null, idempotencyKey, body,
                id, authenticationId -> new IdempotentCall.Answer(201, WireJson.write(views.authorization(
                        authentications.authorize(caller, authenticationId, capture))), authenticationId),
                IdempotentCall.VERBATIM).response();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.MERCHANT, Role.PARTNER, Role.AUDITOR})
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @SecurityRequirementsSet({@SecurityRequirement(name = "partnerKey"), @SecurityRequirement(name = "partnerMerchant")})
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "getAuthentication", summary = "Read one authentication (404 for another merchant's)",
            description = "The resource with its EMV result. authenticationValue is returned to the owning merchant "
                    + "(or its partner) only; auditors see null, and card never shows more than BIN and last 4. "
                    + "An auditor's read is recorded as audit.read.")
    @APIResponse(responseCode = "200", description = "The authentication",
            content = @Content(schema = @Schema(implementation = AuthenticationView.class)))
    public String find(@PathParam("id") String id) {
        Caller caller = callerContext.get();
        Authentication authentication = authentications.find(caller, id);
        if (caller.role() == Role.AUDITOR) {
            // PCI DSS 10.2.1.1: an individual's access to cardholder data, recorded before it is sent.
            audit.append(new AuditEntry("audit.read", caller.actor(), caller.role().wireName(),
                    authentication.getMerchantId(), id, "READ", Map.of("resource", "authentication", "format", "json")));
        }
        return WireJson.write(views.of(authentication, caller));
    }

    @GET
    @Allowed({Role.MERCHANT, Role.PARTNER})
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @SecurityRequirementsSet({@SecurityRequirement(name = "partnerKey"), @SecurityRequirement(name = "partnerMerchant")})
    @Operation(operationId = "listAuthenticationsByMerchantReference",
            summary = "The caller's authentications for one merchant reference, newest first",
            description = "Every attempt the caller made under this merchantReference, as {\"items\": [...]}; an "
                    + "empty items when there is none. merchantReference is required.")
    @APIResponse(responseCode = "200", description = "{\"items\": [...]}",
            content = @Content(schema = @Schema(implementation = AuthenticationList.class)))
    public String byReference(@Parameter(description = "The merchant's order reference", required = true)
                              @QueryParam("merchantReference") String merchantReference) {
        if (merchantReference == null || merchantReference.isBlank()) {
            throw ValidationException.of("merchantReference", "query parameter is required");
        }
        Caller caller = callerContext.get();
        return WireJson.write(new AuthenticationList(authentications.byMerchantReference(caller, merchantReference)
                .stream().map(a -> views.of(a, caller)).toList()));
    }
}
