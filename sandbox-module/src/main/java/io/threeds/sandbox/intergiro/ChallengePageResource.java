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

/**
 * {@code POST /sandbox/intergiro/browser/challenge/manual} (form {@code creq}) and its answer
 * {@code POST .../manual/answer} (form {@code creq}, {@code otp}, {@code action}): the ACS's challenge
 * ({@link Acs#challenge}).
 */
@Path(VerificationRequired.CHALLENGE_PAGE)
@RequestScoped
public class ChallengePageResource {

    @Inject
    Acs acs;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response show(@FormParam("creq") String creq) {
        return acs.challenge(creq, uri.getBaseUri()).response();
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@FormParam("creq") String creq, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        return acs.challengeAnswer(creq, otp, action).response();
    }
}
