package io.threeds.sandbox.firstoken;

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
 * {@code POST /sandbox/firstoken/V2/Cruise/StepUp} (form {@code JWT}, optional {@code MD}): the step-up
 * page enroll's {@code step_up_url} names; {@code POST .../StepUp/answer}: its one-time-code form.
 */
@Path(StepUpResource.PATH)
@RequestScoped
public class StepUpResource {
    static final String PATH = "firstoken/V2/Cruise/StepUp";
    static final String ANSWER = "answer";

    @Inject
    StepUpChallenge challenge;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response open(@FormParam("JWT") String jwt, @FormParam("MD") String md) {
        String formAction = CruisePages.at(uri.getBaseUri(), PATH + "/" + ANSWER).getRawPath();
        return challenge.open(jwt, md, formAction, Instant.now()).toResponse();
    }

    @POST
    @Path(ANSWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@FormParam("JWT") String jwt, @FormParam("MD") String md, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        return challenge.answer(jwt, md, otp, action, Instant.now()).toResponse();
    }
}
