package io.threeds.sandbox.verifone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /sandbox/verifone/verifone.js} and {@code GET /sandbox/verifone/edge/v1/songbird.js}: the
 * browser stand-ins, static JavaScript ({@code text/javascript}) from this package's resources. Each finds
 * the simulator from its own {@code src}, so neither needs configuration or another host.
 */
@Path("verifone/{script: verifone\\.js|edge/v1/songbird\\.js}")
@RequestScoped
public class ScriptsResource {
    static final String MEDIA_TYPE = "text/javascript; charset=UTF-8";

    @GET
    public Response script(@PathParam("script") String script) {
        String resource = script.endsWith("songbird.js") ? "songbird.js" : "verifone.js";
        return BrowserAnswer.of(Response.ok(read(resource), MEDIA_TYPE).build());
    }

    private static byte[] read(String resource) {
        try (InputStream in = ScriptsResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
