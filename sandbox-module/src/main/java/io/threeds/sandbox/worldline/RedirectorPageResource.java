package io.threeds.sandbox.worldline;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /sandbox/worldline/redirector/{uuid}?locale=en_US}: Worldline's intermediate page. For a
 * 3-D Secure 1.0 card it posts {@code MD} on to the password page ({@link AcsPageResource}); for a
 * payment whose authentication was already frictionless (the seed's …2672) it posts back to itself,
 * which completes the payment and sends the shopper to the merchant.
 */
@Path("worldline/redirector/{redirectId}")
@RequestScoped
public class RedirectorPageResource {

    @Inject
    Payments payments;

    @Context
    UriInfo uri;

    @GET
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@PathParam("redirectId") String redirectId) {
        Optional<Payment> found = payments.findByRedirect(redirectId)
                .filter(payment -> payment.redirect().page() != RedirectPage.CHALLENGE);
        if (found.isEmpty()) {
            return HostedPages.notFound();
        }
        Payment payment = found.get();
        if (!payment.awaitsShopper()) {
            return HostedPages.alreadyCompleted();
        }
        String page = payment.redirect().page() == RedirectPage.THREE_DS_1
                ? HostedPages.redirector(path("worldline/acs/{id}", redirectId), Map.of("MD", redirectId))
                : HostedPages.redirector(path("worldline/redirector/{id}", redirectId), Map.of());
        return HostedPages.response(Response.Status.OK, page);
    }

    @POST
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response pass(@PathParam("redirectId") String redirectId) {
        boolean known = payments.findByRedirect(redirectId)
                .filter(payment -> payment.redirect().page() == RedirectPage.REDIRECTOR)
                .isPresent();
        if (!known) {
            return HostedPages.notFound();
        }
        return payments.complete(redirectId, payment -> payment.with(Issuer.passRedirector(payment, Instant.now())))
                .map(HostedPages::backToMerchant)
                .orElseGet(HostedPages::alreadyCompleted);
    }

    private String path(String template, String redirectId) {
        return uri.getBaseUriBuilder().path(template).build(redirectId).getRawPath();
    }
}
