package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Firstoken's API authentication (G-F12): the header {@code x-api-key} must equal
 * {@code sandbox.firstoken.api-key} (default {@code sandbox-firstoken-key}), compared in constant time.
 */
@ApplicationScoped
public class ApiKey {
    static final String HEADER = "x-api-key";

    @Inject
    @ConfigProperty(name = "sandbox.firstoken.api-key", defaultValue = "sandbox-firstoken-key")
    String configured;

    boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                configured.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An API call behind the key: 401 {@code {"status":"error","message":"Unauthorized"}} without it, 400
     * {@code fail} for a body that is not a JSON object, else the call's own answer.
     */
    JsonAnswer call(String presented, String body, Function<RequestBody, JsonAnswer> call) {
        if (!accepts(presented)) {
            return JsonAnswer.unauthorized();
        }
        return RequestBody.parse(body).map(call)
                .orElseGet(() -> JsonAnswer.fail("the request body must be a JSON object"));
    }
}
