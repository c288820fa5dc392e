package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.provider.ProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
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

    @Inject
    @ConfigProperty(name = "verifone.capture-key-fingerprint")
    Optional<String> pinned;

    /**
     * The key, configured or fetched from verifone; with {@code verifone.capture-key-fingerprint} set (required
     * in production) only a key with that fingerprint is used, so that whoever can answer for verifone's key
     * endpoint cannot have cards encrypted for a key of their own.
     */
    public String armoured() {
        if (armoured == null) {
            String key = configured.filter(k -> !k.isBlank()).orElseGet(() -> client.publicKey(alias));
            pinned.filter(p -> !p.isBlank()).ifPresent(p -> requireFingerprint(key, p));
            armoured = key;
        }
        return armoured;
    }

    static void requireFingerprint(String key, String pin) {
        String expected = pin.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        String actual = CardEncryption.fingerprint(key);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII))) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER, "verifone's card capture key has fingerprint "
                    + actual + ", not the one pinned in verifone.capture-key-fingerprint", null, null);
        }
    }
}
