package io.threeds.gateway.provider.worldline;

import io.threeds.gateway.provider.ProviderException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns Worldline's failures into {@link ProviderException}s (which the circuit breaker counts).
 * 402 is not a failure: it carries a rejected payment that the gateway maps to a result.
 */
public class WorldlineErrorMapper implements ResponseExceptionMapper<ProviderException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status != 402;
    }

    @Override
    public ProviderException toThrowable(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        ProviderException.Kind kind = status == 503 || status == 502 || status == 504
                ? ProviderException.Kind.UNAVAILABLE : ProviderException.Kind.BAD_ANSWER;
        return new ProviderException(kind, "worldline answered HTTP " + status, status, body);
    }
}
