package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * {@code POST /sandbox/intergiro/v1/ch3d1sim/acs} (form {@code PaReq}, {@code TermUrl}, {@code MD}) and its
 * answer {@code POST .../acs/answer} (the same plus {@code otp}, {@code action}): Intergiro's 3-D Secure 1.0
 * simulator ({@link Acs#threeDSecure1}).
 */
@Path(VerificationRequired.THREE_DS_1_PAGE)
@RequestScoped
public class ThreeDSecure1PageResource {

    @Inject
    Acs acs;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@FormParam("PaReq") String paReq, @FormParam("TermUrl") String termUrl,
                         @FormParam("MD") String md) {
        return acs.threeDSecure1(paReq, termUrl, md, uri.getBaseUri()).response();
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@FormParam("PaReq") String paReq, @FormParam("TermUrl") String termUrl,
                           @FormParam("MD") String md, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        return acs.threeDSecure1Answer(paReq, termUrl, md, otp, action, Instant.now()).response();
    }
}
