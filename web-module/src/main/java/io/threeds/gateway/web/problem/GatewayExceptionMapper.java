package io.threeds.gateway.web.problem;

import jakarta.enterprise.context.ApplicationScoped;
import io.threeds.gateway.problem.GatewayException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

@ApplicationScoped
public class GatewayExceptionMapper implements ExceptionMapper<GatewayException> {
    @Inject
    ProblemResponses problems;

    @Override
    public Response toResponse(GatewayException exception) {
        return problems.of(exception);
    }
}
