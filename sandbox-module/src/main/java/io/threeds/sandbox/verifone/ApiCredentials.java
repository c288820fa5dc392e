package io.threeds.sandbox.verifone;

import io.threeds.sandbox.BasicCredentials;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifone's API authentication (G-V13; Verifone's public eCommerce API uses it): HTTP Basic with the user
 * {@code sandbox.verifone.api-user} (default {@code sandbox-user}) and the API key
 * {@code sandbox.verifone.api-key} (default {@code sandbox-verifone-key}), compared in constant time.
 */
@ApplicationScoped
public class ApiCredentials {
    @Inject
    @ConfigProperty(name = "sandbox.verifone.api-user", defaultValue = "sandbox-user")
    String user;

    @Inject
    @ConfigProperty(name = "sandbox.verifone.api-key", defaultValue = "sandbox-verifone-key")
    String apiKey;

    /** Whether the {@code Authorization} header carries exactly this user and key. */
    boolean accept(String authorization) {
        return new BasicCredentials(user, apiKey).accept(authorization);
    }

    /** An API call behind the credentials: 401 without them, 400 for a body that is not a JSON object. */
    VerifoneAnswer call(String authorization, String body, Function<RequestBody, VerifoneAnswer> call) {
        if (!accept(authorization)) {
            return VerifoneAnswer.unauthorized();
        }
        return RequestBody.parse(body).map(call)
                .orElseGet(() -> VerifoneAnswer.invalid("the request body must be a JSON object"));
    }
}
