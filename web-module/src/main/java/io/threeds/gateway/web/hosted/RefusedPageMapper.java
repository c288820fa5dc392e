package io.threeds.gateway.web.hosted;

import io.threeds.gateway.problem.GatewayException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.nio.charset.StandardCharsets;

/**
 * A refused browser request gets a plain page, in the browser's language, that says nothing about why
 * (the audit trail does); the SDK page's own {@code fetch} (which asks for JSON) gets
 * {@code {"next": "refused"}}, so that the page shows the shopper a failure instead of waiting.
 */
public class RefusedPageMapper implements ExceptionMapper<GatewayException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(GatewayException exception) {
        if (HostedPageResource.wantsJson(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            return Response.status(exception.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store").entity("{\"next\":\"refused\"}").build();
        }
        String nonce = HostedPageResource.nonce();
        // As bytes: RESTEasy HTML-escapes a String entity of a text/html error response (its message
        // sanitizer), and the shopper would see the page's markup as text.
        return Response.status(exception.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .header("Cache-Control", "no-store")
                .entity(EndPage.refused(ShopperText.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), nonce)
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
