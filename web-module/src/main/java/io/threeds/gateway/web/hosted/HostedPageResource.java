package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.BrowserFlow;
import io.threeds.gateway.authentication.HostedStep;
import io.threeds.gateway.merchant.WebOrigins;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API.md §3. {@code start} runs the provider's browser step; {@code return} (full-page redirect
 * providers) and {@code challenge-complete} (form posts from an ACS) bring the provider's result back,
 * and the shopper is sent on to the merchant's returnUrl with the authentication id.
 */
@Path("{id}")
public class HostedPageResource {
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    BrowserFlow flow;

    @GET
    @Path("start")
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("id") String id, @QueryParam("t") String token) {
        HostedStep step = flow.start(id, token);
        String nonce = nonce();
        String providerOrigin = WebOrigins.originOf(URI.create(step.action().url()));
        String csp = "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce + "'; "
                + "form-action " + providerOrigin + "; frame-ancestors " + String.join(" ", step.frameAncestors())
                + "; base-uri 'none'";
        return page(BrowserStepPage.render(step.action(), nonce)).header("Content-Security-Policy", csp).build();
    }

    @GET
    @Path("return")
    public Response returned(@PathParam("id") String id, @Context UriInfo uri) {
        return Response.seeOther(URI.create(flow.returned(id, single(uri.getQueryParameters()))))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    @POST
    @Path("challenge-complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response challengeComplete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return Response.seeOther(URI.create(flow.returned(id, single(form))))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private static Response.ResponseBuilder page(String html) {
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static Map<String, String> single(MultivaluedMap<String, String> parameters) {
        Map<String, String> single = new LinkedHashMap<>();
        parameters.forEach((name, values) -> single.put(name, values.isEmpty() ? "" : values.get(0)));
        return single;
    }

    private static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
