package io.threeds.gateway.authentication;

import io.threeds.gateway.card.KeyedHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hosted page's URLs for an authentication, from the configured public base URL (never a request's
 * Host header). The page itself is {@code /3ds/{id}/start?t=<one-time token>}; the callbacks a provider is
 * given carry a secret path segment, {@code /3ds/{id}/{tag}/return} (and {@code challenge-complete},
 * {@code method-complete}): a keyed HMAC of the id (128 bits), so that knowing an authentication's id is
 * not enough to post a result for it.
 */
@ApplicationScoped
public class HostedPageUrls {
    private static final int TAG_HEX_CHARS = 32;

    @Inject
    @ConfigProperty(name = "threeds.public-base-url")
    String publicBaseUrl;

    @Inject
    KeyedHash keyedHash;

    /** Where the hosted page of this authentication is; {@code /start?t=} follows. */
    public String page(String id) {
        return publicBaseUrl + "/3ds/" + id;
    }

    /** The base of this authentication's callbacks, secret segment included. */
    public String callbacks(String id) {
        return page(id) + "/" + tag(id);
    }

    /** Whether a callback came with this authentication's secret segment (constant time). */
    boolean genuine(String id, String presented) {
        return presented != null && MessageDigest.isEqual(tag(id).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private String tag(String id) {
        return keyedHash.of("hosted-page callback " + id).substring(0, TAG_HEX_CHARS);
    }
}
