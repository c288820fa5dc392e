package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.KeyManagement;
import io.threeds.gateway.merchant.Auditor;
import io.threeds.gateway.merchant.Credentials;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.web.api.Views.AuditorView;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auditors")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AuditorsResource {
    @EJB
    MerchantAdministration administration;

    @Inject
    CallerContext callerContext;

    @EJB
    KeyManagement keys;

    /** Its keys (API.md §1): a sub-resource, so that {@code {id}} stays this resource's. */
    @Path("{id}/keys")
    public PrincipalKeys keys(@PathParam("id") String id) {
        return new PrincipalKeys(Role.AUDITOR, id, keys, callerContext);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(operationId = "createAuditor", summary = "Create an auditor; its API key is in the answer, once",
            description = "The auditor reads the audit API and the back office with this key, shown this once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAuditor"), examples = @ExampleObject(name = "auditor",
            value = "{\"name\": \"Internal audit\"}")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AuditorView.class)))
    public Response create(String body) {
        RequestObject request = RequestObject.parse(body, Set.of("name"));
        String name = request.string("name", true, 200);
        request.throwIfInvalid();
        Credentials<Auditor> created = administration.createAuditor(callerContext.get(), name);
        return Response.status(201).entity(WireJson.write(new AuditorView(created.principal().id(),
                created.principal().name(), created.apiKey()))).build();
    }
}
