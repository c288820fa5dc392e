package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.Branding;
import io.threeds.gateway.merchant.KeyManagement;
import io.threeds.gateway.merchant.Credentials;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.NewMerchant;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.routing.RoutingRule;
import io.threeds.gateway.routing.RoutingRules;
import io.threeds.gateway.web.api.Views.BrandingView;
import io.threeds.gateway.web.api.Views.MerchantView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("merchants")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class MerchantsResource {
    private static final Set<String> FIELDS = Set.of("name", "defaultProvider", "allowedProviders", "webhookUrl",
            "allowedReturnOrigins", "branding");
    private static final Set<String> BRANDING = Set.of("displayName", "logoUrl", "accentColor");

    @EJB
    MerchantAdministration administration;

    @Inject
    CallerContext callerContext;

    @EJB
    KeyManagement keys;

    /** Its keys (API.md §1): a sub-resource, so that {@code {id}} stays this resource's. */
    @Path("{id}/keys")
    public PrincipalKeys keys(@PathParam("id") String id) {
        return new PrincipalKeys(Role.MERCHANT, id, keys, callerContext);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "createMerchant", summary = "Create a merchant; its API key is in the answer, once",
            description = "The answer carries the merchant's API key and, when a webhookUrl is set, its webhook "
                    + "secret: both are shown this once and stored only as a hash or encrypted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewMerchant")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    public Response create(String body) {
        RequestObject request = RequestObject.parse(body, FIELDS);
        RequestObject branding = request.object("branding", false, BRANDING);
        NewMerchant merchant = new NewMerchant(request.string("name", true, 200),
                request.string("defaultProvider", false, 32), request.strings("allowedProviders", 32),
                request.string("webhookUrl", false, 2048), request.strings("allowedReturnOrigins", 255),
                branding == null ? null : new Branding(branding.string("displayName", false, 100),
                        branding.string("logoUrl", false, 2048), branding.string("accentColor", false, 7)));
        request.throwIfInvalid();
        Credentials<Merchant> created = administration.createMerchant(callerContext.get(), merchant);
        return Response.created(URI.create("merchants/" + created.principal().getId()))
                .entity(WireJson.write(view(created.principal(), created.apiKey(), created.webhookSecret()))).build();
    }

    /** What a PATCH may carry: any of these, each replacing the merchant's value (the document's schema). */
    public record MerchantChange(String defaultProvider, List<String> allowedProviders, String webhookUrl,
                                 List<String> allowedReturnOrigins, BrandingView branding) {
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "changeMerchant", summary = "Change a merchant's settings but its name",
            description = "Any of defaultProvider, allowedProviders, webhookUrl, allowedReturnOrigins and branding: "
                    + "a field given replaces the current value (null clears webhookUrl or branding), one left out "
                    + "stays. The result must be as valid as a new merchant. Audited as merchant.changed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MerchantChange.class), examples = @ExampleObject(name = "branding", value = "{\"branding\": {\"displayName\": \"Shop\", "
                    + "\"accentColor\": \"#0055aa\"}}")))
    @APIResponse(responseCode = "200", description = "The merchant as changed",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    public String change(@PathParam("id") String id, String body) {
        RequestObject request = RequestObject.parse(body, FIELDS);
        if (request.has("name")) {
            request.reject("name", "cannot be changed");
        }
        RequestObject branding = request.object("branding", false, BRANDING);
        NewMerchant change = new NewMerchant(null, request.string("defaultProvider", false, 32),
                request.has("allowedProviders") ? request.strings("allowedProviders", 32) : List.of(),
                request.string("webhookUrl", false, 2048),
                request.has("allowedReturnOrigins") ? request.strings("allowedReturnOrigins", 255) : List.of(),
                branding == null ? null : new Branding(branding.string("displayName", false, 100),
                        branding.string("logoUrl", false, 2048), branding.string("accentColor", false, 7)));
        request.throwIfInvalid();
        Set<String> present = FIELDS.stream().filter(request::has).collect(Collectors.toSet());
        return WireJson.write(view(administration.change(callerContext.get(), id, change, present), null, null));
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "getMerchant", summary = "Read a merchant, without secrets",
            description = "The merchant's settings; apiKey and webhookSecret are null.")
    @APIResponse(responseCode = "200", description = "The merchant",
            content = @Content(schema = @Schema(implementation = MerchantView.class)))
    public String find(@PathParam("id") String id) {
        return WireJson.write(view(administration.find(id), null, null));
    }

    @PUT
    @Path("{id}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "replaceMerchantRouting",
            summary = "Replace the merchant's routing rules: first match wins, providers in failover order",
            description = "An explicit provider in a request wins; otherwise the first rule whose conditions all hold "
                    + "chooses, its providers in failover order; otherwise the merchant's defaultProvider.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "RoutingRules")))
    @APIResponse(responseCode = "200", description = "The rules now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRules")))
    public String route(@PathParam("id") String id, String body) {
        List<RoutingRule> rules = RoutingRequestReader.read(body);
        return RoutingRules.write(administration.route(callerContext.get(), id, rules));
    }

    @GET
    @Path("{id}/routing")
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "getMerchantRouting", summary = "Read the merchant's routing rules",
            description = "The rules in force, in the order they are tried.")
    @APIResponse(responseCode = "200", description = "The rules in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRules")))
    public String routing(@PathParam("id") String id) {
        return RoutingRules.write(RoutingRules.read(administration.find(id).getRoutingRules()));
    }

    private static MerchantView view(Merchant merchant, String apiKey, String webhookSecret) {
        return new MerchantView(merchant.getId(), merchant.getName(), apiKey, merchant.getDefaultProvider(),
                merchant.getAllowedProviders(), merchant.getWebhookUrl(), merchant.getAllowedReturnOrigins(),
                WireJson.time(merchant.getCreatedAt()), webhookSecret, branding(merchant));
    }

    /** The merchant's branding as set (the logo by its URL), or null when it has none. */
    private static BrandingView branding(Merchant merchant) {
        return merchant.getDisplayName() == null && merchant.getLogoUrl() == null && merchant.getAccentColor() == null
                ? null : new BrandingView(merchant.getDisplayName(), merchant.getLogoUrl(), merchant.getAccentColor());
    }
}
