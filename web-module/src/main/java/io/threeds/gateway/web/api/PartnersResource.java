package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.KeyManagement;
import io.threeds.gateway.merchant.Credentials;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.PartnerLinks;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.Partner;
import io.threeds.gateway.web.api.Views.PartnerView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("partners")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {
    private static final Set<String> FIELDS = Set.of("name", "merchantIds");

    @EJB
    MerchantAdministration administration;

    @EJB
    PartnerLinks links;

    @Inject
    CallerContext callerContext;

    @EJB
    KeyManagement keys;

    /** Its keys (API.md §1): a sub-resource, so that {@code {id}} stays this resource's. */
    @Path("{id}/keys")
    public PrincipalKeys keys(@PathParam("id") String id) {
        return new PrincipalKeys(Role.PARTNER, id, keys, callerContext);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "createPartner",
            summary = "Create a partner, asking for its links to merchants; its API key is in the answer, once",
            description = "Each link waits for the merchant's consent (pendingLinks; POST "
                    + "/api/v1/partner-links/{linkId}/consent with the merchant's key). The partner then calls the "
                    + "merchant API with its key and a Merchant-Id header naming a merchant that consented; any "
                    + "other merchant is 404 to it. An unknown merchant id is a 400 naming merchantIds.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewPartner"), examples = @ExampleObject(
            name = "partner", value = "{\"name\": \"Shop platform\", \"merchantIds\": [\"0b6c...\", \"8f2e...\"]}")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", description = "Validation failed (name, merchantIds)")
    public Response create(String body) {
        RequestObject request = RequestObject.parse(body, FIELDS);
        String name = request.string("name", true, 200);
        if (!request.has("merchantIds")) {
            request.reject("merchantIds", "is required");
        }
        List<String> merchantIds = request.strings("merchantIds", 36);
        request.throwIfInvalid();
        Credentials<Partner> created = administration.createPartner(callerContext.get(), name, merchantIds);
        return Response.created(URI.create("partners/" + created.principal().getId()))
                .entity(WireJson.write(view(created.principal(), created.apiKey()))).build();
    }

    @GET
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "getPartner",
            summary = "Read a partner and the merchants it is linked to, without its key",
            description = "The partner and its linked merchants; apiKey is null.")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public String find(@PathParam("id") String id) {
        return WireJson.write(view(administration.findPartner(id), null));
    }

    private PartnerView view(Partner partner, String apiKey) {
        return new PartnerView(partner.getId(), partner.getName(), apiKey, List.copyOf(partner.getMerchantIds()),
                links.pendingForPartner(partner.getId()).stream()
                        .map(link -> PartnerLinksResource.view(link, PartnerLinksResource.PENDING)).toList(),
                WireJson.time(partner.getCreatedAt()));
    }
}
