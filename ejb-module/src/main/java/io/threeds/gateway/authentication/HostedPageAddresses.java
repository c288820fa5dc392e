package io.threeds.gateway.authentication;

import io.threeds.gateway.card.KeyedHash;
import io.threeds.gateway.model.HostedPageUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives each authentication its {@link HostedPageUrls}, from the configured public base URL (never a
 * request's Host header). The callbacks a provider is given carry a secret path segment: a keyed HMAC of
 * the id (128 bits), so that knowing an authentication's id is not enough to post a result for it.
 */
@ApplicationScoped
public class HostedPageAddresses {
    private static final int TAG_HEX_CHARS = 32;

    @Inject
    @ConfigProperty(name = "threeds.public-base-url")
    String publicBaseUrl;

    @Inject
    KeyedHash keyedHash;

    /** The hosted page's URLs of this authentication, callbacks with their secret segment. */
    public HostedPageUrls of(String id) {
        return HostedPageUrls.of(publicBaseUrl, id, tag(id));
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
