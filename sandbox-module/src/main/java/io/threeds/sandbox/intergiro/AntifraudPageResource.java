package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * {@code GET /sandbox/intergiro/v1/verification/redirect?target=&origin=&v=}: Intergiro's antifraud
 * redirector ({@link AntifraudGuard}). {@code v} is accepted and not read.
 */
@Path(VerificationRequired.ANTIFRAUD_PAGE)
@RequestScoped
public class AntifraudPageResource {

    @Inject
    AntifraudGuard guard;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response verify(@QueryParam("target") String target, @QueryParam("origin") String origin,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return guard.redirect(target, origin, AntifraudGuard.browser(request.getRemoteAddr(), acceptLanguage),
                Instant.now()).response();
    }
}
