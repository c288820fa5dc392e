package io.threeds.sandbox.verifone;

import jakarta.ws.rs.core.Response;

/**
 * What the stand-ins of Verifone's and Cardinal's browser hosts answer: readable from any merchant page
 * ({@code Access-Control-Allow-Origin: *}; the scripts post {@code text/plain}, so no preflight is needed)
 * and never cached.
 */
final class BrowserAnswer {

    private BrowserAnswer() {
    }

    static Response of(Response response) {
        return Response.fromResponse(response).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "no-store").build();
    }
}
