package io.threeds.gateway.web.api;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.audit.ChainVerification;
import io.threeds.gateway.audit.ChainVerifier;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.web.api.Views.VerificationView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB
    ChainVerifier verifier;

    @EJB
    AuditTrail audit;

    @Inject
    CallerContext callerContext;

    @GET
    @Path("verify")
    @Allowed(Role.AUDITOR)
    @Operation(summary = "Walk the audit hash chain and report the first event that does not fit")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    public String verify(@QueryParam("from") String from, @QueryParam("to") String to) {
        ChainVerification result = verifier.verify(time("from", from), time("to", to));
        Caller caller = callerContext.get();
        Map<String, String> details = new HashMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("verified", String.valueOf(result.verified()));
        audit.append(new AuditEntry("audit.verified", caller.actor(), caller.role().wireName(), null, null,
                result.verified() ? "VERIFIED" : "BROKEN", details));
        return WireJson.write(new VerificationView(result.verified(), result.checked(), result.head(),
                result.firstBrokenEventId(), result.reason()));
    }

    private static LocalDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "must be an RFC 3339 time such as 2026-11-22T10:00:00Z");
        }
    }
}
