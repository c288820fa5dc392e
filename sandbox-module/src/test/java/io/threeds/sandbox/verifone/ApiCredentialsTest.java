package io.threeds.sandbox.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiCredentialsTest {
    private final ApiCredentials credentials = new ApiCredentials();

    ApiCredentialsTest() {
        credentials.user = "sandbox-user";
        credentials.apiKey = "sandbox-verifone-key";
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsOnlyTheConfiguredUserAndKey() {
        assertTrue(credentials.accept(basic("sandbox-user:sandbox-verifone-key")));
        assertTrue(credentials.accept("basic " + basic("sandbox-user:sandbox-verifone-key").substring(6)));
        assertFalse(credentials.accept(basic("sandbox-user:other")));
        assertFalse(credentials.accept(basic("other:sandbox-verifone-key")));
        assertFalse(credentials.accept("Bearer sandbox-verifone-key"));
        assertFalse(credentials.accept("Basic !!!"));
        assertFalse(credentials.accept(null));
    }

    @Test
    void answers401WithoutThemAnd400ForABodyThatIsNoObject() {
        VerifoneAnswer unauthorized = credentials.call(null, "{}", body -> VerifoneAnswer.ok(body.root()));
        assertEquals(401, unauthorized.status());
        assertEquals("Unauthorized", unauthorized.body().getString("error_desc"));
        assertEquals(400, credentials.call(basic("sandbox-user:sandbox-verifone-key"), "[1]",
                body -> VerifoneAnswer.ok(body.root())).status());
    }

    @Test
    void injectedFaultsUseTheSameErrorBody() {
        assertEquals("503", new VerifoneErrors().errorBody(503).getString("error_no"));
        assertEquals("Service Unavailable", new VerifoneErrors().errorBody(503).getString("error_desc"));
    }
}
