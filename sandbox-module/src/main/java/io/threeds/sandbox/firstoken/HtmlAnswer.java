package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.HtmlPage;
import jakarta.ws.rs.core.Response;

/** A page of Cardinal's, with its HTTP status; never cached. */
record HtmlAnswer(int status, String html) {

    static HtmlAnswer ok(String html) {
        return new HtmlAnswer(200, html);
    }

    static HtmlAnswer badRequest(String title, String text) {
        return new HtmlAnswer(400, CruisePages.message(title, text));
    }

    Response toResponse() {
        return Response.status(status).entity(html).type(HtmlPage.MEDIA_TYPE).header("Cache-Control", "no-store")
                .build();
    }
}
