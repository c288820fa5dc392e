package io.threeds.gateway.web.api;

import io.threeds.gateway.merchant.IssuedKey;
import io.threeds.gateway.merchant.KeyManagement;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.ApiKey;
import io.threeds.gateway.web.api.AccessViews.IssuedKeyView;
import io.threeds.gateway.web.api.AccessViews.KeyList;
import io.threeds.gateway.web.api.AccessViews.KeyView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
 * {@code /{merchants|partners|auditors}/{id}/keys} (API.md §1): one principal's keys, the sub-resource that
 * {@code MerchantsResource}, {@code PartnersResource} and {@code AuditorsResource} each return for
 * {@code {id}/keys}.
 */
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class PrincipalKeys {
    private static final Set<String> FIELDS = Set.of("expiresAt");

    private final Role role;
    private final String principalId;
    private final KeyManagement keys;
    private final CallerContext callerContext;

    PrincipalKeys(Role role, String principalId, KeyManagement keys, CallerContext callerContext) {
        this.role = role;
        this.principalId = principalId;
        this.keys = keys;
        this.callerContext = callerContext;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewKey.class),
            examples = @ExampleObject(name = "overlap", value = "{\"expiresAt\": \"2026-12-31T00:00:00Z\"}")))
    @Operation(summary = "Issue a further API key (rotation: old and new both work until the old is revoked or "
            + "expires); the key is in the answer, once",
            description = "A key for the merchant, partner or auditor of the path, working until expiresAt when it "
                    + "is given (a rotation's overlap), else until revoked. Only its hash is stored. Audited as "
                    + "api_key.issued.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = IssuedKeyView.class)))
    public Response issue(String body) {
        RequestObject request = RequestObject.parseOptional(body, FIELDS);
        String expires = request.string("expiresAt", false, 40);
        LocalDateTime expiresAt = null;
        if (expires != null) {
            try {
                expiresAt = QueryParameters.utc(expires);
            } catch (DateTimeParseException e) {
                request.reject("expiresAt", "must be an RFC 3339 time such as 2026-11-22T10:00:00Z");
            }
        }
        request.throwIfInvalid();
        IssuedKey issued = keys.issue(callerContext.get(), role, principalId, expiresAt);
        ApiKey stored = issued.stored();
        return Response.created(URI.create(stored.getId())).entity(WireJson.write(new IssuedKeyView(stored.getId(),
                issued.secret(), WireJson.time(stored.getCreatedAt()), time(stored.getExpiresAt())))).build();
    }

    @GET
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(summary = "The principal's keys, oldest first, never a secret",
            description = "Each key with its first characters (prefix), when it was created, expires, was last used "
                    + "(to the minute) and was revoked; revoked and expired keys stay listed as a record.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(schema = @Schema(implementation = KeyList.class)))
    public String list() {
        return WireJson.write(new KeyList(keys.list(role, principalId).stream().map(key -> new KeyView(key.getId(),
                key.getPrefix(), WireJson.time(key.getCreatedAt()), time(key.getExpiresAt()), time(key.getLastUsedAt()),
                time(key.getRevokedAt()))).toList()));
    }

    @DELETE
    @Path("{keyId}")
    @Allowed(Role.ADMIN)
    @SecurityRequirementsSet(@SecurityRequirement(name = "adminKey"))
    @Operation(summary = "Revoke a key: 401 at once on every instance",
            description = "Keys are read from the database on every request, so no instance accepts it afterwards. "
                    + "Revoking a revoked key changes nothing. Audited as api_key.revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("keyId") String keyId) {
        keys.revoke(callerContext.get(), role, principalId, keyId);
        return Response.noContent().build();
    }

    /** The optional body of an issue: when the new key stops working by itself. */
    public record NewKey(@Schema(description = "RFC 3339 time in the future; absent: until revoked") String expiresAt) {
    }

    private static String time(LocalDateTime utc) {
        return utc == null ? null : WireJson.time(utc);
    }
}
