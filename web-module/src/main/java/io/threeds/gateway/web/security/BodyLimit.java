package io.threeds.gateway.web.security;

import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Request bodies are at most 64 KiB (API.md §6: 413). The body is read here, before the resource
 * reads it, so a chunked body without Content-Length is limited too. It runs right after
 * authentication so that an authenticated caller's refusal is audited like any other.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public class BodyLimit implements ContainerRequestFilter {
    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        if (!request.hasEntity()) {
            return;
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GatewayException tooLarge() {
        return new GatewayException(ProblemType.PAYLOAD_TOO_LARGE,
                "request bodies are limited to " + MAX_BYTES + " bytes");
    }
}
