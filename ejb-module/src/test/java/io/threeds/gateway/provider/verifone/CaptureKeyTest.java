package io.threeds.gateway.provider.verifone;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.threeds.gateway.provider.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaptureKeyTest {
    /** The sandbox's committed public key and its fingerprint as {@code gpg --fingerprint} prints it. */
    private static String sandboxKey() throws IOException {
        try (InputStream in = CaptureKeyTest.class.getResourceAsStream("sandbox-key-1.pub.asc")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aKeyWithThePinnedFingerprintIsUsedWhateverItsSpelling() throws IOException {
        String fingerprint = CardEncryption.fingerprint(sandboxKey());
        assertEquals(40, fingerprint.length(), "a v4 OpenPGP fingerprint");
        String spaced = fingerprint.toUpperCase().replaceAll("(.{4})", "$1 ");
        assertDoesNotThrow(() -> CaptureKey.requireFingerprint(sandboxKey(), spaced));
    }

    @Test
    void anotherKeyIsRefused() {
        ProviderException refused = assertThrows(ProviderException.class,
                () -> CaptureKey.requireFingerprint(sandboxKey(), "0123456789abcdef0123456789abcdef01234567"));
        assertEquals(ProviderException.Kind.BAD_ANSWER, refused.kind());
    }
}
