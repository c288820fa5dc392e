package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.BrowserFlow;
import io.threeds.gateway.authentication.Continuation;
import io.threeds.gateway.authentication.Ending;
import io.threeds.gateway.authentication.HostedStep;
import io.threeds.gateway.model.WebOrigins;
import io.threeds.gateway.provider.BrowserRefusedException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * API.md §3. {@code start} runs the provider's browser step; {@code return} (full-page redirect
 * providers), {@code challenge-complete} and {@code method-complete} (form posts from an ACS or a
 * method page) bring the provider's result back. The shopper then goes on to the next step or to the
 * merchant's returnUrl with the authentication id.
 */
@Path("{id}")
public class HostedPageResource {
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    BrowserFlow flow;

    @Context
    UriInfo uri;

    @GET
    @Path("start")
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("id") String id, @QueryParam("t") String token,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
        HostedStep step = flow.start(id, token);
        ShopperText text = ShopperText.of(step.shopper().language(), languages);
        String nonce = nonce();
        String provider = WebOrigins.originOf(URI.create(step.action().url()));
        boolean sdk = step.sdk() != null;
        // Frames and forms: the provider's step, then wherever it sends the frame on: an issuer's ACS on
        // any https origin (the provider names none in advance), and back to this gateway's callbacks
        // ('self'), since Chromium checks frame-src on every navigation of the frame, whoever starts it.
        String onward = "'self' " + provider + " https:";
        // A provider's SDK (Songbird) loads from the provider, calls its own API hosts (Cardinal's) and
        // styles its own modal from its script (element.style.cssText, which CSP counts as an inline style
        // attribute): a nonce reaches only style elements, and hashes of attributes need 'unsafe-hashes' plus
        // the exact styles of a script the provider changes at will, so the SDK page keeps 'unsafe-inline'.
        // The merchant's logo is inlined (img-src data:): rendering fetches nothing.
        String scripts = "'nonce-" + nonce + "'" + (sdk ? " " + WebOrigins.originOf(step.sdk().sdk()) : "");
        String csp = "default-src 'none'; script-src " + scripts + "; "
                + "style-src " + (sdk ? "'unsafe-inline'" : "'nonce-" + nonce + "'") + "; img-src data:; "
                + (sdk ? "connect-src " + onward + "; " : "")
                + "form-action " + onward + "; frame-src " + onward + "; "
                + "frame-ancestors " + String.join(" ", step.frameAncestors()) + "; base-uri 'none'";
        String html = sdk ? SdkStepPage.render(step, text, nonce) : BrowserStepPage.render(step, text, nonce);
        return page(html).header("Content-Security-Policy", csp)
                .build();
    }

    /**
     * Callbacks come to {@code {id}/{tag}/...}, the secret segment the provider was given; one without it
     * (the bare {@code {id}/return}) is a forged callback, refused and audited like a wrong segment.
     */
    @GET
    @Path("{tag: ([0-9a-f]{32}/)?}return")
    public Response returned(@PathParam("id") String id, @PathParam("tag") String tag,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages) {
        return callback(id, tag, () -> flow.returned(id, tag(tag), single(uri.getQueryParameters())), false,
                languages);
    }

    @POST
    @Path("{tag: ([0-9a-f]{32}/)?}challenge-complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response challengeComplete(@PathParam("id") String id, @PathParam("tag") String tag,
                                      @HeaderParam("Accept") String accept,
                                      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages, String form) {
        return callback(id, tag, () -> flow.returned(id, tag(tag), FormFields.parse(form)), wantsJson(accept),
                languages);
    }

    @POST
    @Path("{tag: ([0-9a-f]{32}/)?}method-complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response methodComplete(@PathParam("id") String id, @PathParam("tag") String tag,
                                   @HeaderParam("Accept") String accept,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages, String form) {
        return callback(id, tag, () -> flow.returned(id, tag(tag), FormFields.parse(form)), wantsJson(accept),
                languages);
    }

    /**
     * A callback for an authentication that has already ended (a provider's page submitted twice, the
     * back button, a challenge answered after the time ran out) shows the shopper how it ended, if it
     * came with the authentication's secret segment; anything else refused stays a bare refusal.
     */
    private Response callback(String id, String tag, Supplier<Continuation> result, boolean json, String languages) {
        Continuation next;
        try {
            next = result.get();
        } catch (BrowserRefusedException refused) {
            Optional<Ending> ending = json ? Optional.empty() : flow.ending(id, tag(tag));
            if (ending.isEmpty()) {
                throw refused;
            }
            String nonce = nonce();
            // Nothing changed (the refusal is audited); the shopper gets a page that says how it ended.
            Ending ended = ending.get();
            return page(EndPage.ended(ended, ShopperText.of(ended.shopper().language(), languages), nonce))
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'nonce-" + nonce + "'; "
                            + "img-src data:; frame-ancestors 'self' " + WebOrigins.originOf(URI.create(ended.shopUrl()))
                            + "; base-uri 'none'").build();
        }
        return onward(next, json, ShopperText.of(languages));
    }

    /** The secret segment as the path gave it ({@code "<tag>/"}), or null when the callback came without. */
    private static String tag(String segment) {
        return segment == null || segment.isEmpty() ? null : segment.substring(0, segment.length() - 1);
    }

    /**
     * A callback answered in the hosted page's own window redirects; one inside its iframe moves the
     * parent; one the hosted page's script sent itself (an SDK's result) gets JSON saying what is next.
     */
    private static Response onward(Continuation next, boolean json, ShopperText text) {
        if (json) {
            return Response.ok(SdkStepPage.next(next), MediaType.APPLICATION_JSON_TYPE)
                    .header("Cache-Control", "no-store").build();
        }
        if (!next.fromFrame()) {
            return Response.seeOther(URI.create(next.url())).header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer").build();
        }
        String nonce = nonce();
        String target = WebOrigins.originOf(URI.create(next.url()));
        return page(BrowserStepPage.moveParent(next.url(), text, nonce))
                .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                        + nonce + "'; form-action " + target + "; frame-ancestors 'self'; base-uri 'none'")
                .build();
    }

    static boolean wantsJson(String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/html");
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

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
