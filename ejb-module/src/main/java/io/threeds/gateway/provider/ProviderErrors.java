package io.threeds.gateway.provider;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A provider's HTTP failures as {@link ProviderException}s, which the circuit breaker counts. The
 * statuses a provider uses for normal answers (a declined payment's 402) are not failures; a 502,
 * 503 or 504 means the provider is unavailable; any other 4xx/5xx is an answer the gateway cannot use.
 * {@link ProviderErrorsRegistration} puts one on each {@link ProviderClient}. An answer that is not a
 * failure reaches the provider as a {@link ProviderReply} ({@link #reply}), so that JAX-RS types stay
 * with the REST clients.
 */
public final class ProviderErrors implements ResponseExceptionMapper<ProviderException> {
    private final String provider;
    private final Set<Integer> answers;

    ProviderErrors(String provider, Set<Integer> answers) {
        this.provider = provider;
        this.answers = answers;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && !answers.contains(status);
    }

    @Override
    public ProviderException toThrowable(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        ProviderException.Kind kind = status == 502 || status == 503 || status == 504
                ? ProviderException.Kind.UNAVAILABLE : ProviderException.Kind.BAD_ANSWER;
        return new ProviderException(kind, provider + " answered HTTP " + status, status, body);
    }

    /** A REST client's answer read whole, status and body text; the response is closed. */
    public static ProviderReply reply(Response response) {
        try (response) {
            return new ProviderReply(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }
}
