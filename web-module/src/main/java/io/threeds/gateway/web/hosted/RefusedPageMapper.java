package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.UnknownAuthenticationException;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.ratelimit.Refusals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * A refused browser request gets a plain page, in the browser's language, that says nothing about why
 * (the audit trail does); the SDK page's own {@code fetch} (which asks for JSON) gets
 * {@code {"next": "refused"}}, so that the page shows the shopper a failure instead of waiting. Requests for
 * unknown authentications are counted per client address: the first of a minute is logged, the rest only
 * counted, and past the limit the address gets {@code 429} until the minute ends.
 */
@ApplicationScoped
public class RefusedPageMapper implements ExceptionMapper<GatewayException> {
    private static final Logger LOG = Logger.getLogger(RefusedPageMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @EJB
    Refusals refusals;

    @Override
    public Response toResponse(GatewayException exception) {
        int status = exception.status();
        if (exception instanceof UnknownAuthenticationException) {
            String address = request.getRemoteAddr();
            switch (refusals.count("browser", address)) {
                case RECORD -> LOG.info(() -> "hosted page: request for an unknown authentication from " + address
                        + " refused (its further ones this minute are counted, not logged)");
                case THROTTLE -> status = 429;
                case COUNT -> { }
            }
        }
        Response.ResponseBuilder answer = Response.status(status).header("Cache-Control", "no-store");
        if (status == 429) {
            answer.header("Retry-After", String.valueOf(60 - LocalTime.now().getSecond()));
        }
        if (HostedPageResource.wantsJson(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            return answer.type(MediaType.APPLICATION_JSON_TYPE).entity("{\"next\":\"refused\"}").build();
        }
        String nonce = HostedPageResource.nonce();
        // As bytes: RESTEasy HTML-escapes a String entity of a text/html error response (its message
        // sanitizer), and the shopper would see the page's markup as text.
        return answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .entity(EndPage.refused(ShopperText.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)), nonce)
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
