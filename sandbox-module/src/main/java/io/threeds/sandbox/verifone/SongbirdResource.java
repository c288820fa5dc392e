package io.threeds.sandbox.verifone;

import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Function;

/** {@code POST /sandbox/verifone/songbird/init} and {@code .../bin}: what songbird.js calls (JSON either way). */
@Path("verifone/songbird")
@RequestScoped
public class SongbirdResource {

    @Inject
    Songbird songbird;

    @POST
    @Path("init")
    public Response init(String body) {
        return answer(body, json -> songbird.init(json, Instant.now()));
    }

    @POST
    @Path("bin")
    public Response bin(String body) {
        return answer(body, songbird::bin);
    }

    private static Response answer(String body, Function<RequestBody, VerifoneAnswer> call) {
        return BrowserAnswer.of(RequestBody.parse(body).map(call)
                .orElseGet(() -> VerifoneAnswer.invalid("the request body must be a JSON object")).toResponse());
    }
}
