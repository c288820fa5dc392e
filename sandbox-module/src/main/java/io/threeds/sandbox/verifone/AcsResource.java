package io.threeds.sandbox.verifone;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * {@code POST /sandbox/verifone/acs/challenge} (form {@code creq}, {@code TransactionId}): the lookup's
 * {@code acs_url}, loaded by Songbird's modal; {@code POST .../answer}: its one-time-code form;
 * {@code GET .../result/{transactionId}}: the recorded result document, for tests (404 until answered).
 */
@Path(AcsResource.PATH)
@RequestScoped
public class AcsResource {
    static final String PATH = "verifone/acs/challenge";
    static final String ANSWER = "answer";

    @Inject
    AcsChallenge challenge;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response open(@FormParam("creq") String creq, @FormParam("TransactionId") String transactionId) {
        String formAction = uri.getBaseUri().resolve(PATH + "/" + ANSWER).getRawPath();
        return challenge.open(creq, transactionId, formAction).toResponse();
    }

    @POST
    @Path(ANSWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response answer(@FormParam("TransactionId") String transactionId, @FormParam("otp") String otp,
                           @FormParam("action") String action) {
        return challenge.answer(transactionId, otp, action, Instant.now()).toResponse();
    }

    @GET
    @Path("result/{transactionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response result(@PathParam("transactionId") String transactionId) {
        return challenge.result(transactionId)
                .map(event -> Response.ok(event.document().toString()))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(
                        VerifoneAnswer.error("404", "no answered challenge with this transaction id").toString()))
                .header("Cache-Control", "no-store").build();
    }
}
