package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.KeyManagement;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.web.api.AccessViews.WebhookSecretView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** {@code POST /merchants/{id}/webhook-secret} (API.md §1): a new secret, the old one signing beside it a while. */
@Path("merchants/{id}/webhook-secret")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSecretResource {
    private static final Set<String> FIELDS = Set.of("overlapHours");
    private static final int DEFAULT_OVERLAP_HOURS = 24;

    @EJB
    KeyManagement keys;

    @Inject
    CallerContext callerContext;

    /** The optional body of a rotation. */
    public record Rotation(@Schema(description = "0 to 168, default 24") Integer overlapHours) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the merchant's webhook secret; both secrets sign (two v1= values) during the "
            + "overlap (overlapHours, default 24, at most 168); the new secret is in the answer, once",
            description = "During the overlap every webhook's Threeds-Signature carries two v1= values, the new "
                    + "secret's first, so the merchant's endpoint can switch without losing a delivery. Audited as "
                    + "webhook_secret.rotated.")
    @APIResponse(responseCode = "201", description = "Rotated",
            content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rotation.class),
            examples = @ExampleObject(name = "a day", value = "{\"overlapHours\": 24}")))
    public Response rotate(@PathParam("id") String id, String body) {
        RequestObject request = RequestObject.parseOptional(body, FIELDS);
        Long overlap = request.integer("overlapHours", false, 0, 168);
        request.throwIfInvalid();
        String secret = keys.rotateWebhookSecret(callerContext.get(), id,
                overlap == null ? DEFAULT_OVERLAP_HOURS : overlap.intValue());
        return Response.status(Response.Status.CREATED).entity(WireJson.write(new WebhookSecretView(secret))).build();
    }
}
