package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTokensTest {
    private final Fixture sandbox = new Fixture();
    private final CardTokens tokens = sandbox.tokens;
    private final Cycle cycle = sandbox.cycle(sandbox.post("4000000000010001"));
    private final JsonObject browser = Json.createObjectBuilder().add("ip", "192.0.2.1").add("locale", "en-GB").build();

    @Test
    void signsRs256WithTheSeedsHeaderAndPayload() {
        String token = tokens.issue(cycle, browser, Fixture.NOW);
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        assertEquals("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", Base64UrlJson.decode(parts[0]).orElseThrow().root().toString());
        RequestBody payload = tokens.verify(token).orElseThrow();
        assertEquals(List.of("iss", "iat", "aud", "enc", "xpr", "ver"), List.copyOf(payload.root().keySet()));
        assertEquals("card", payload.text("iss").orElseThrow());
        assertEquals(String.valueOf(Fixture.NOW.getEpochSecond()), payload.text("iat").orElseThrow());
        assertEquals("production", payload.text("aud").orElseThrow());
        assertEquals(cycle.ids().cardReference(), payload.text("enc").orElseThrow());
        assertEquals("[2,30]", payload.value("xpr").orElseThrow().toString());
        assertEquals("guard", payload.text("ver.type").orElseThrow());
        assertEquals("SE", payload.text("ver.data.country").orElseThrow());
        assertEquals(browser, payload.value("ver.data.browser").orElseThrow());
        assertFalse(token.contains("4000000000010001"));
        assertFalse(token.contains("="));
    }

    @Test
    void refusesAChangedPayload() {
        String[] parts = tokens.issue(cycle, browser, Fixture.NOW).split("\\.");
        JsonObject payload = Json.createObjectBuilder(Base64UrlJson.decode(parts[1]).orElseThrow().root())
                .add("enc", "someone-else").build();
        assertTrue(tokens.verify(parts[0] + "." + Base64UrlJson.encode(payload) + "." + parts[2]).isEmpty());
    }

    @Test
    void refusesAChangedSignature() {
        String token = tokens.issue(cycle, browser, Fixture.NOW);
        char last = token.charAt(token.length() - 5);
        String changed = token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4);
        assertTrue(tokens.verify(changed).isEmpty());
    }

    @Test
    void refusesAnotherKeysToken() {
        assertTrue(tokens.verify(new CardTokens().issue(cycle, browser, Fixture.NOW)).isEmpty());
    }

    @Test
    void refusesAnUnsignedToken() {
        String[] parts = tokens.issue(cycle, browser, Fixture.NOW).split("\\.");
        String none = Base64UrlJson.encode(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build());
        assertTrue(tokens.verify(none + "." + parts[1] + ".").isEmpty());
        assertTrue(tokens.verify(none + "." + parts[1] + "." + parts[2]).isEmpty());
    }

    @Test
    void refusesWhatIsNoJwt() {
        assertTrue(tokens.verify(null).isEmpty());
        assertTrue(tokens.verify("").isEmpty());
        assertTrue(tokens.verify("a.b").isEmpty());
        assertTrue(tokens.verify("a.b.c.d").isEmpty());
        assertTrue(tokens.verify("!!.??.**").isEmpty());
    }

    @Test
    void acceptsPaddedParts() {
        String[] parts = tokens.issue(cycle, browser, Fixture.NOW).split("\\.");
        String signature = parts[2] + "=".repeat((4 - parts[2].length() % 4) % 4);
        assertTrue(tokens.verify(parts[0] + "." + parts[1] + "." + signature).isPresent());
    }
}
