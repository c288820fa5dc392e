package io.threeds.sandbox.intergiro;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The merchant's API key, presented as {@code Authorization: Bearer <key>} (G-I1). */
public record ApiKey(String key) {
    private static final String SCHEME = "bearer ";

    /** Whether the header carries this key; the scheme's case does not matter, the key's does. */
    boolean accepts(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                authorization.substring(SCHEME.length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
