package io.threeds.gateway.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: a generic 500 whose instance id finds the stack trace in the log. */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.log(Level.SEVERE, "Internal error " + instance, exception);
        return Response.status(500).type(ProblemResponses.MEDIA_TYPE)
                .entity(ProblemResponses.body("internal", "Internal error", 500,
                        "the gateway failed; quote the instance id to support", instance, List.of(),
                        java.util.Map.of()))
                .build();
    }
}
