package io.threeds.gateway.provider.verifone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Verifone's secure card capture public key: the configured one, or the one Verifone publishes for the
 * configured alias, fetched once per instance (a public key, nothing another instance depends on).
 */
@ApplicationScoped
public class CaptureKey {
    @Inject
    @RestClient
    VerifoneClient client;

    @Inject
    @ConfigProperty(name = "verifone.public-key-alias", defaultValue = "sandbox-key-1")
    String alias;

    @Inject
    @ConfigProperty(name = "verifone.public-key")
    Optional<String> configured;

    private volatile String armoured;

    public String alias() {
        return alias;
    }

    public String armoured() {
        if (armoured == null) {
            armoured = configured.filter(key -> !key.isBlank()).orElseGet(() -> client.publicKey(alias));
        }
        return armoured;
    }
}
