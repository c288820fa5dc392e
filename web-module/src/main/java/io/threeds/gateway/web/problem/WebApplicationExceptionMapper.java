package io.threeds.gateway.web.problem;

import io.threeds.gateway.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/** The JAX-RS runtime's own refusals (404 path, 405, 406, 415) as problem+json. */
@ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Inject
    ProblemResponses problems;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
        String detail = status == 415 ? "the body must be application/json" : exception.getMessage();
        Response.StatusType reason = exception.getResponse().getStatusInfo();
        return problems.of(type, reason.getReasonPhrase(), status, detail, List.of(), Map.of());
    }
}
