package io.threeds.sandbox.worldline;

import java.net.URI;
import java.util.UUID;

/**
 * A redirect of the shopper to Worldline's pages: the page's id and the {@code RETURNMAC} the merchant
 * checks when the shopper comes back.
 */
public record Redirect(String id, String returnMac, RedirectPage page) {

    static Redirect to(RedirectPage page) {
        return new Redirect(UUID.randomUUID().toString(), UUID.randomUUID().toString(), page);
    }

    /** {@code redirectURL}, absolute, under the simulator's base ({@code http://host/sandbox/}). */
    URI url(URI applicationBase) {
        URI base = applicationBase.getRawPath().endsWith("/") ? applicationBase : URI.create(applicationBase + "/");
        String path = page == RedirectPage.CHALLENGE
                ? "worldline/3dsecure/" + id + "?returnMAC=" + returnMac
                : "worldline/redirector/" + id + "?locale=en_US";
        return base.resolve(path);
    }
}
