package io.threeds.gateway.web.problem;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds problem+json answers and audits the authenticated refusals. */
@ApplicationScoped
public class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";

    @EJB
    AuditTrail audit;

    @Inject
    CallerContext callerContext;

    public Response of(GatewayException problem) {
        return of(problem.type(), problem.title(), problem.status(), problem.getMessage(), problem.violations(),
                problem.extensions());
    }

    public Response of(ProblemType type, String title, int status, String detail, List<Violation> violations,
                       Map<String, String> extensions) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        auditRefusal(type, status, detail, violations);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE)
                .entity(body(type, title, status, detail, instance, violations, extensions));
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (extensions.containsKey("retryAfter")) {
            response.header("Retry-After", extensions.get("retryAfter"));
        }
        return response.build();
    }

    /** The problem+json of a failure, under the {@code instance} id given. */
    public static String body(GatewayException problem, String instance) {
        return body(problem.type(), problem.title(), problem.status(), problem.getMessage(), instance,
                problem.violations(), problem.extensions());
    }

    private static String body(ProblemType type, String title, int status, String detail, String instance,
                               List<Violation> violations, Map<String, String> extensions) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("type", "/problems/" + type.slug())
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .add("instance", instance);
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Jsonp.createArrayBuilder();
            violations.forEach(v -> list.add(Jsonp.createObjectBuilder().add("field", v.field())
                    .add("message", v.message())));
            json.add("violations", list);
        }
        extensions.forEach(json::add);
        return json.build().toString();
    }

    private void auditRefusal(ProblemType type, int status, String detail, List<Violation> violations) {
        if (status < 400 || status >= 500) {
            return;
        }
        Caller caller = callerContext.current().orElse(null);
        if (caller == null) {
            return;
        }
        String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(","));
        audit.append(new AuditEntry("request.refused", caller.actor(), caller.role().wireName(),
                caller.merchantId(), null, String.valueOf(status),
                fields.isEmpty() ? Map.of("problem", type.slug()) : Map.of("problem", type.slug(), "fields", fields)));
    }
}
