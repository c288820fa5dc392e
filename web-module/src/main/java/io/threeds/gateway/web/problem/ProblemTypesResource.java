package io.threeds.gateway.web.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;

/** {@code /problems/{type}}: a short human description of each problem type the API returns. */
@Path("/")
public class ProblemTypesResource {
    static final Map<String, String> TYPES = new TreeMap<>(Map.ofEntries(
            Map.entry("validation", "The request is malformed or a field is invalid; see violations[].field."),
            Map.entry("unauthorized", "Missing or unknown API key. Send Authorization: Bearer <key>."),
            Map.entry("forbidden", "Your role may not call this operation."),
            Map.entry("not-found", "No such resource, or it belongs to another merchant."),
            Map.entry("method-not-allowed", "This path does not support that HTTP method."),
            Map.entry("not-acceptable", "The requested representation is not available."),
            Map.entry("unsupported-media-type", "Request bodies must be application/json."),
            Map.entry("payload-too-large", "Request bodies are limited to 64 KiB."),
            Map.entry("idempotency-key-in-use", "A request with this Idempotency-Key is still running; retry later."),
            Map.entry("idempotency-key-reused", "This Idempotency-Key was used with a different body."),
            Map.entry("state-conflict", "The resource is not in a state that allows this operation."),
            Map.entry("provider-error", "The provider answered with something the gateway cannot use (502)."),
            Map.entry("rate-limited", "Too many requests from this caller in the current minute; retry after Retry-After."),
            Map.entry("provider-unavailable", "The provider is unavailable (circuit open or saturated); retry after Retry-After."),
            Map.entry("provider-timeout", "The provider did not answer in time; the authentication is FAILED with transStatus E."),
            Map.entry("browser-callback-refused", "A browser request that does not belong to a waiting authentication."),
            Map.entry("authorization-in-progress", "Another call is authorising this payment; retry after Retry-After."),
            Map.entry("authorization-outcome-unknown", "An earlier authorisation may have been made without its answer "
                    + "reaching the gateway, and the provider offers no lookup: no blind retry. Check with the provider."),
            Map.entry("database-unavailable", "The gateway cannot reach its database; nothing was changed. Retry after "
                    + "Retry-After."),
            Map.entry("internal", "The gateway failed; quote the instance id to support.")));

    @GET
    @Path("{type}")
    @Produces(MediaType.TEXT_HTML)
    public String describe(@PathParam("type") String type) {
        String text = TYPES.get(type);
        if (text == null) {
            throw new NotFoundException();
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + type
                + "</title></head><body><h1>" + type + "</h1><p>" + text + "</p></body></html>";
    }
}
