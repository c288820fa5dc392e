package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.BasicCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The paysafe simulator's settings from MP Config: the API's Basic credentials and the ACS's signing
 * key, produced for the API resources and the ACS pages.
 */
@ApplicationScoped
public class PaysafeConfiguration {

    @Inject
    @ConfigProperty(name = "sandbox.paysafe.api-user", defaultValue = "sandbox-user")
    String apiUser;

    @Inject
    @ConfigProperty(name = "sandbox.paysafe.api-password", defaultValue = "sandbox-password")
    String apiPassword;

    @Inject
    @ConfigProperty(name = "sandbox.paysafe.acs-signing-key", defaultValue = PaResSignature.DEFAULT_KEY)
    String acsSigningKey;

    @Produces
    BasicCredentials apiCredentials() {
        return new BasicCredentials(apiUser, apiPassword);
    }

    @Produces
    PaResSignature acsSignature() {
        return new PaResSignature(acsSigningKey);
    }
}
