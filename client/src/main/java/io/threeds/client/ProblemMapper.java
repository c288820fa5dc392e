package io.threeds.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every 4xx and 5xx answer becomes a {@link GatewayProblem} (registered on both client interfaces). */
public class ProblemMapper implements ResponseExceptionMapper<GatewayProblem> {
    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public GatewayProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return ProblemReader.read(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                response.getHeaderString(HttpHeaders.RETRY_AFTER), body, Clock.systemUTC());
    }
}
