package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.HtmlPage;
import jakarta.ws.rs.core.Response;

/** A browser page the simulator answers with: HTTP status and a complete HTML document, never cached. */
public record Page(int status, String html) {

    static Page ok(String html) {
        return new Page(200, html);
    }

    static Page badRequest(String title, String text) {
        return new Page(400, ShopperPages.message(title, text));
    }

    Response response() {
        return Response.status(status).entity(html).type(HtmlPage.MEDIA_TYPE).header("Cache-Control", "no-store")
                .build();
    }
}
