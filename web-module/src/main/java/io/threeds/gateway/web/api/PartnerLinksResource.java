package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.PartnerLinks;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.PartnerLinkRequest;
import io.threeds.gateway.web.api.AccessViews.PartnerLinkList;
import io.threeds.gateway.web.api.AccessViews.PartnerLinkView;
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

/**
 * Partner links wait for the merchant's consent (API.md §1): an admin asks
 * ({@code POST /partners/{id}/merchants}), the merchant lists what waits for it and consents with its own key.
 */
@Path("partner-links")
@Tag(name = "Partner links")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerLinksResource {
    static final String PENDING = "PENDING_CONSENT";
    static final String LINKED = "LINKED";
    private static final Set<String> FIELDS = Set.of("merchantId");

    @EJB
    PartnerLinks links;

    @Inject
    CallerContext callerContext;

    @GET
    @Allowed(Role.MERCHANT)
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @Operation(operationId = "listPartnerLinks", summary = "The partner links waiting for this merchant's consent",
            description = "Links an operator asked for between a partner and the calling merchant; none acts until "
                    + "the merchant consents.")
    @APIResponse(responseCode = "200", description = "Pending links",
            content = @Content(schema = @Schema(implementation = PartnerLinkList.class)))
    public String pending() {
        return WireJson.write(new PartnerLinkList(links.pendingForMerchant(callerContext.get().merchantId()).stream()
                .map(link -> view(link, PENDING)).toList()));
    }

    @POST
    @Path("{linkId}/consent")
    @Allowed(Role.MERCHANT)
    @SecurityRequirementsSet(@SecurityRequirement(name = "merchantKey"))
    @Operation(operationId = "consentToPartnerLink", summary = "The merchant consents: the partner may act for it "
            + "from now on", description = "Only the merchant the link names can consent (another's link is 404). "
                    + "Audited as partner_link.consented.")
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(schema = @Schema(implementation = PartnerLinkView.class)))
    public String consent(@PathParam("linkId") String linkId) {
        return WireJson.write(view(links.consent(callerContext.get(), linkId), LINKED));
    }

    public record LinkRequest(@Schema(required = true) String merchantId) {
    }

    /** The admin's side, on the partner's path (literal, so JAX-RS picks it before {@code partners/{id}}). */
    @Path("partners/{id}/merchants")
    @Tag(name = "Administration")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Requests {
        @EJB
        PartnerLinks links;

        @Inject
        CallerContext callerContext;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Allowed(Role.ADMIN)
        @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
        @Operation(operationId = "requestPartnerLink", summary = "Ask for a partner's link to a merchant; it waits for "
                + "the merchant's consent", description = "Asking again returns the pending request; a link that "
                + "exists is 409; an unknown merchant is a 400 naming merchantId. Audited as partner_link.requested.")
        @APIResponse(responseCode = "202", description = "Waiting for the merchant's consent",
                content = @Content(schema = @Schema(implementation = PartnerLinkView.class)))
        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LinkRequest.class),
                examples = @ExampleObject(name = "link", value = "{\"merchantId\": \"0b6c...\"}")))
        public Response request(@PathParam("id") String partnerId, String body) {
            RequestObject request = RequestObject.parse(body, FIELDS);
            String merchantId = request.string("merchantId", true, 36);
            request.throwIfInvalid();
            return Response.accepted(WireJson.write(view(links.request(callerContext.get(), partnerId, merchantId),
                    PENDING))).build();
        }
    }

    static PartnerLinkView view(PartnerLinkRequest link, String status) {
        return new PartnerLinkView(link.getId(), link.getPartnerId(), link.getMerchantId(), status,
                WireJson.time(link.getRequestedAt()));
    }
}
