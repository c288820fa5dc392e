package io.threeds.gateway.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every problem type the API answers with: its slug under {@code /problems/}, title, HTTP status and the
 * line its page shows.
 */
public enum ProblemType {
    VALIDATION("validation", "Invalid request", 400,
            "The request is malformed or a field is invalid; see violations[].field."),
    BAD_REQUEST("bad-request", "Bad Request", 400,
            "The request cannot be read as HTTP the API accepts (an unsupported media type or method, a bad header)."),
    BROWSER_CALLBACK_REFUSED("browser-callback-refused", "Browser request refused", 400,
            "A browser request that does not belong to a waiting authentication."),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401,
            "Missing or unknown API key. Send Authorization: Bearer <key>."),
    FORBIDDEN("forbidden", "Forbidden", 403, "Your role may not call this operation."),
    NOT_FOUND("not-found", "Not found", 404, "No such resource, or it belongs to another merchant."),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405,
            "This path does not support that HTTP method."),
    NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406, "The requested representation is not available."),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "Conflict", 409,
            "A request with this Idempotency-Key is still running; retry later."),
    STATE_CONFLICT("state-conflict", "Conflict", 409,
            "The resource is not in a state that allows this operation."),
    AUTHORIZATION_IN_PROGRESS("authorization-in-progress", "Conflict", 409,
            "Another call is authorising this payment; retry after Retry-After."),
    AUTHORIZATION_OUTCOME_UNKNOWN("authorization-outcome-unknown", "Conflict", 409,
            "An earlier authorisation may have been made without its answer reaching the gateway, and the "
                    + "provider offers no lookup: no blind retry. Check with the provider."),
    PARTNER_LINK_EXISTS("partner-link-exists", "Conflict", 409,
            "The partner is already linked to this merchant; nothing was changed."),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413, "Request bodies are limited to 64 KiB."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415,
            "Request bodies must be application/json."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", 422,
            "This Idempotency-Key was used with a different body."),
    RATE_LIMITED("rate-limited", "Too many requests", 429,
            "Too many requests from this caller in the current minute; retry after Retry-After."),
    INTERNAL("internal", "Internal error", 500, "The gateway failed; quote the instance id to support."),
    PROVIDER_ERROR("provider-error", "Provider answered with something unusable", 502,
            "The provider answered with something the gateway cannot use (502)."),
    PROVIDER_UNAVAILABLE("provider-unavailable", "Provider unavailable", 503,
            "The provider is unavailable (circuit open or saturated); retry after Retry-After."),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable", 503,
            "The gateway cannot reach its database; nothing was changed. Retry after Retry-After."),
    PROVIDER_TIMEOUT("provider-timeout", "Provider timed out", 504,
            "The provider did not answer in time; the authentication is FAILED with transStatus E.");

    private final String slug;
    private final String title;
    private final int status;
    private final String description;

    ProblemType(String slug, String title, int status, String description) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.description = description;
    }

    /** The type's path under {@code /problems/}, as problem+json and the audit trail name it. */
    public String slug() { return slug; }
    public String title() { return title; }
    public int status() { return status; }
    /** The one line {@code /problems/{slug}} shows. */
    public String description() { return description; }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }
}
