package io.threeds.sandbox.worldline;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * {@code POST /sandbox/worldline/acs/{uuid}}: the issuer's 3-D Secure 1.0 password page, reached from the
 * redirector with the transaction's {@code MD}. Its answer goes to {@link ChallengePageResource}: the
 * PaRes leg between the issuer and Worldline stays inside Worldline, as it does in production, so the
 * merchant sees only the return to its {@code returnUrl}.
 */
@Path("worldline/acs/{redirectId}")
@RequestScoped
public class AcsPageResource {

    @Inject
    Payments payments;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@PathParam("redirectId") String redirectId, @FormParam("MD") String md) {
        Optional<Payment> found = payments.findByRedirect(redirectId)
                .filter(payment -> payment.redirect().page() == RedirectPage.THREE_DS_1);
        if (found.isEmpty()) {
            return HostedPages.notFound();
        }
        Payment payment = found.get();
        if (!redirectId.equals(md)) {
            return HostedPages.response(Response.Status.BAD_REQUEST,
                    HostedPages.message("Invalid request", "The MD does not match this authentication."));
        }
        if (!payment.awaitsShopper()) {
            return HostedPages.alreadyCompleted();
        }
        return HostedPages.response(Response.Status.OK, HostedPages.password(payment,
                uri.getBaseUriBuilder().path("worldline/3dsecure/{id}").build(redirectId).getRawPath()));
    }
}
