package io.threeds.sandbox.verifone;

import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifone's API authentication (G-V13; Verifone's public eCommerce API uses it): HTTP Basic with the user
 * {@code sandbox.verifone.api-user} (default {@code sandbox-user}) and the API key
 * {@code sandbox.verifone.api-key} (default {@code sandbox-verifone-key}), compared in constant time.
 */
@ApplicationScoped
public class ApiCredentials {
    private static final String SCHEME = "basic ";

    @Inject
    @ConfigProperty(name = "sandbox.verifone.api-user", defaultValue = "sandbox-user")
    String user;

    @Inject
    @ConfigProperty(name = "sandbox.verifone.api-key", defaultValue = "sandbox-verifone-key")
    String apiKey;

    /** Whether the {@code Authorization} header carries exactly this user and key. */
    boolean accept(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        return colon >= 0 && same(pair.substring(0, colon), user) & same(pair.substring(colon + 1), apiKey);
    }

    /** An API call behind the credentials: 401 without them, 400 for a body that is not a JSON object. */
    VerifoneAnswer call(String authorization, String body, Function<RequestBody, VerifoneAnswer> call) {
        if (!accept(authorization)) {
            return VerifoneAnswer.unauthorized();
        }
        return RequestBody.parse(body).map(call)
                .orElseGet(() -> VerifoneAnswer.invalid("the request body must be a JSON object"));
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
