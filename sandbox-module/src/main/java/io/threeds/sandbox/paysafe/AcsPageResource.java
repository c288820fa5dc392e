package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * {@code POST /sandbox/paysafe/acs}: the issuer's ACS, where the shopper's browser posts {@code PaReq},
 * {@code TermUrl} and {@code MD} (the standard 3-D Secure 1.0.2 exchange; the {@code acsURL} of every
 * enrolled card). Per the card's scenario it answers at once with the page that posts the PaRes back to
 * {@code TermUrl}, or shows the one-time-code page, whose answer ({@code POST /sandbox/paysafe/acs/answer})
 * gets that page. The ACS issues one PaRes per transaction: a second visit or answer is refused with 400.
 * A browser page, not Paysafe's API: no Basic authentication, no faults, no call log.
 */
@Path("paysafe/acs")
@RequestScoped
public class AcsPageResource {

    @Inject
    Enrollments enrollments;

    @Inject
    PaResSignature signature;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@FormParam("PaReq") String paReq, @FormParam("TermUrl") String termUrl,
                         @FormParam("MD") String md) {
        Transaction transaction = transaction(paReq, termUrl);
        Enrollment enrollment = transaction.enrollment();
        if (enrollment.acsAnswered()) {
            return AcsPages.alreadyCompleted();
        }
        if (enrollment.scenario().asksForCode()) {
            String answer = uri.getBaseUriBuilder().path("paysafe/acs/answer").build().getRawPath();
            return AcsPages.response(Response.Status.OK, AcsPages.code(transaction.paReq(), enrollment.card(), answer,
                    paReq, termUrl, orEmpty(md)));
        }
        return issue(transaction, enrollment.scenario().withoutInteraction(), termUrl, md);
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@FormParam("PaReq") String paReq, @FormParam("TermUrl") String termUrl,
                           @FormParam("MD") String md, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        Transaction transaction = transaction(paReq, termUrl);
        PaysafeScenario scenario = transaction.enrollment().scenario();
        if (!scenario.asksForCode()) {
            return AcsPages.invalid("This authentication asks for no one-time code.");
        }
        return issue(transaction, scenario.answer(ShopperAnswer.of(action, otp)), termUrl, md);
    }

    /** The PaRes, once: the page posting it to TermUrl, or 400 when the ACS already answered. */
    private Response issue(Transaction transaction, PaResStatus status, String termUrl, String md) {
        Enrollment enrollment = transaction.enrollment();
        if (!enrollments.answerAcs(enrollment.id())) {
            return AcsPages.alreadyCompleted();
        }
        String paRes = PaRes.issue(transaction.paReq(), enrollment.card(), status, Instant.now()).encode(signature);
        return AcsPages.response(Response.Status.OK, AcsPages.backToMerchant(termUrl, paRes, orEmpty(md)));
    }

    /** The PaReq's transaction, or a 400 page for a missing TermUrl or a PaReq that is unreadable or unknown. */
    private Transaction transaction(String paReq, String termUrl) {
        if (!isAbsoluteHttpUrl(termUrl)) {
            throw new WebApplicationException(AcsPages.invalid("TermUrl must be an absolute http or https URL."));
        }
        PaReq request = PaReq.decode(paReq).orElseThrow(() -> new WebApplicationException(
                AcsPages.invalid("The PaReq is missing or cannot be read.")));
        Enrollment enrollment = enrollments.findByXid(request.xid()).orElseThrow(() -> new WebApplicationException(
                AcsPages.invalid("The PaReq belongs to no transaction this ACS knows.")));
        return new Transaction(request, enrollment);
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI parsed = new URI(url);
            return parsed.getHost() != null
                    && ("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A PaReq as posted, and the enrollment check it was issued for. */
    private record Transaction(PaReq paReq, Enrollment enrollment) {
    }
}
