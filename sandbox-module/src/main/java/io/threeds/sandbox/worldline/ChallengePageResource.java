package io.threeds.sandbox.worldline;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /sandbox/worldline/3dsecure/{uuid}}: the challenge page ({@code GET ?returnMAC=...}) and its
 * answer ({@code POST}), which also takes the answer of the 3-D Secure 1.0 password page. The answer
 * decides the payment once, then sends the shopper back to the merchant's {@code returnUrl} with
 * {@code 303 See Other}; a second answer is refused.
 */
@Path("worldline/3dsecure/{redirectId}")
@RequestScoped
public class ChallengePageResource {

    @Inject
    Payments payments;

    @Context
    UriInfo uri;

    @GET
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@PathParam("redirectId") String redirectId, @QueryParam("returnMAC") String returnMac) {
        Optional<Payment> found = payments.findByRedirect(redirectId)
                .filter(payment -> payment.redirect().page() == RedirectPage.CHALLENGE);
        if (found.isEmpty()) {
            return HostedPages.notFound();
        }
        Payment payment = found.get();
        if (!payment.redirect().returnMac().equals(returnMac)) {
            return HostedPages.response(Response.Status.BAD_REQUEST,
                    HostedPages.message("Invalid link", "The returnMAC of this link does not match the payment."));
        }
        if (!payment.awaitsShopper()) {
            return HostedPages.alreadyCompleted();
        }
        return HostedPages.response(Response.Status.OK, HostedPages.challenge(payment,
                uri.getBaseUriBuilder().path("worldline/3dsecure/{id}").build(redirectId).getRawPath()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@PathParam("redirectId") String redirectId, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        boolean known = payments.findByRedirect(redirectId)
                .filter(payment -> payment.redirect().page() != RedirectPage.REDIRECTOR)
                .isPresent();
        if (!known) {
            return HostedPages.notFound();
        }
        ShopperAnswer answer = ShopperAnswer.of(action, otp);
        return payments.complete(redirectId, payment -> payment.with(Issuer.answer(payment, answer, Instant.now())))
                .map(HostedPages::backToMerchant)
                .orElseGet(HostedPages::alreadyCompleted);
    }
}
