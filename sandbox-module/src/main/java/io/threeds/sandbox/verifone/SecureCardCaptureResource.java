package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /sandbox/verifone/secure-card-capture/keys/{alias}}: the armoured public key, {@code text/plain}
 * (404 for an unknown alias); {@code POST .../encrypt} {@code {"cardNumber","expiryMonth","expiryYear","cvv"}}
 * → {@code {"encryptedCard"}}, what the verifone.js stand-in calls instead of encrypting in the browser.
 */
@Path("verifone/secure-card-capture")
@RequestScoped
public class SecureCardCaptureResource {

    @Inject
    SecureCardCapture cardCapture;

    @GET
    @Path("keys/{alias}")
    public Response key(@PathParam("alias") String alias) {
        return BrowserAnswer.of(cardCapture.publicKey(alias)
                .map(key -> Response.ok(key, MediaType.TEXT_PLAIN_TYPE.withCharset("US-ASCII")))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN)
                        .entity("unknown key alias\n"))
                .build());
    }

    @POST
    @Path("encrypt")
    public Response encrypt(String body) {
        Optional<CardDetails> card = RequestBody.parse(body).flatMap(CardDetails::of);
        VerifoneAnswer answer = card
                .map(details -> VerifoneAnswer.ok(Jsonp.createObjectBuilder()
                        .add("encryptedCard", cardCapture.encrypt(details)).build()))
                .orElseGet(() -> VerifoneAnswer.invalid(
                        "cardNumber (12-19 digits), expiryMonth (1-12) and expiryYear are required"));
        return BrowserAnswer.of(answer.toResponse());
    }
}
