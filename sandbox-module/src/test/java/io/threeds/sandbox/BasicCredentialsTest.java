package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {
    private final BasicCredentials credentials = new BasicCredentials("sandbox-user", "sandbox-password");

    @Test
    void acceptsTheConfiguredPair() {
        assertTrue(credentials.accept(basic("sandbox-user:sandbox-password")));
        assertTrue(credentials.accept("basic " + encode("sandbox-user:sandbox-password")));
    }

    @Test
    void aPasswordMayContainColons() {
        assertTrue(new BasicCredentials("u", "p:w:d").accept(basic("u:p:w:d")));
    }

    @Test
    void refusesAnythingElse() {
        assertFalse(credentials.accept(null));
        assertFalse(credentials.accept(""));
        assertFalse(credentials.accept("Basic "));
        assertFalse(credentials.accept(basic("sandbox-user:wrong")));
        assertFalse(credentials.accept(basic("other:sandbox-password")));
        assertFalse(credentials.accept(basic("sandbox-user")));
        assertFalse(credentials.accept(basic("sandbox-user:sandbox-password ")));
        assertFalse(credentials.accept("Basic !!not-base64!!"));
        assertFalse(credentials.accept("Bearer " + encode("sandbox-user:sandbox-password")));
    }

    private static String basic(String pair) {
        return "Basic " + encode(pair);
    }

    private static String encode(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
