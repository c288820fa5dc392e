package io.threeds.sandbox.verifone;

import io.threeds.sandbox.HtmlPage;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** A page of the simulated ACS, with its HTTP status; never cached. */
record AcsPage(int status, String html) {

    static AcsPage ok(String html) {
        return new AcsPage(200, html);
    }

    static AcsPage invalid(String text) {
        return new AcsPage(400, AcsPages.message("Invalid request", text));
    }

    static AcsPage alreadyAnswered() {
        return new AcsPage(400, AcsPages.message("Already answered", "This authentication has already been answered."));
    }

    /**
     * The page as UTF-8 bytes: JAX-RS on Liberty HTML-escapes a {@code String} entity of a 400
     * {@code text/html} answer, which would show the refusal pages as markup.
     */
    Response toResponse() {
        return Response.status(status).entity(html.getBytes(StandardCharsets.UTF_8)).type(HtmlPage.MEDIA_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
