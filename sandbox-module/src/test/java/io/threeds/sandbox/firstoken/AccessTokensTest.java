package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
    private static final Instant NOW = Instant.ofEpochSecond(1713184423);
    private final AccessTokens tokens = new AccessTokens();

    AccessTokensTest() {
        tokens.secret = "unit-test-secret-of-at-least-32-bytes";
    }

    @Test
    void setupTokenHasTheSeedsClaims() {
        String token = tokens.forDeviceDataCollection("46ab9269-b3af-489a-b896-5a604788c12a", NOW);
        JsonObject claims = claims(token);
        assertEquals(List.of("jti", "iat", "iss", "exp", "OrgUnitId", "ReferenceId"), List.copyOf(claims.keySet()));
        assertEquals(36, claims.getString("jti").length());
        assertEquals(1713184423, claims.getJsonNumber("iat").longValue());
        assertEquals(1713184423 + 3600, claims.getJsonNumber("exp").longValue());
        assertEquals("5dd83bf00e423d1498dcbaca", claims.getString("iss"));
        assertEquals("657294f3df487738f7312401", claims.getString("OrgUnitId"));
        assertEquals("46ab9269-b3af-489a-b896-5a604788c12a", claims.getString("ReferenceId"));
        assertEquals("46ab9269-b3af-489a-b896-5a604788c12a", tokens.deviceDataReferenceId(token, NOW).orElseThrow());
    }

    @Test
    void stepUpTokenNamesTheTransactionAndReturnUrl() {
        String token = tokens.forStepUp(stepUp(), NOW);
        JsonObject claims = claims(token);
        assertEquals(List.of("jti", "iat", "exp", "ReferenceId", "TransactionId", "ReturnUrl"),
                List.copyOf(claims.keySet()));
        assertEquals(1713184423 + 3600, claims.getJsonNumber("exp").longValue());
        assertEquals("THLCQ9wc4q7E0xfOia30", claims.getString("TransactionId"));
        assertEquals("https://merchant.com/returnUrl", claims.getString("ReturnUrl"));
        assertEquals("ref-1", claims.getString("ReferenceId"));
        assertEquals(claims, tokens.stepUpClaims(token, NOW).orElseThrow());
    }

    @Test
    void eachPageTakesOnlyItsOwnKind() {
        assertTrue(tokens.deviceDataReferenceId(tokens.forStepUp(stepUp(), NOW), NOW).isEmpty());
        assertTrue(tokens.stepUpClaims(tokens.forDeviceDataCollection("ref-1", NOW), NOW).isEmpty());
    }

    @Test
    void expiresAfterAnHour() {
        String token = tokens.forDeviceDataCollection("ref-1", NOW);
        assertTrue(tokens.deviceDataReferenceId(token, NOW.plusSeconds(3599)).isPresent());
        assertTrue(tokens.deviceDataReferenceId(token, NOW.plusSeconds(3600)).isEmpty());
    }

    @Test
    void anotherSecretRefuses() {
        String token = tokens.forDeviceDataCollection("ref-1", NOW);
        AccessTokens other = new AccessTokens();
        other.secret = "another-secret";
        assertTrue(other.deviceDataReferenceId(token, NOW).isEmpty());
    }

    static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    private static StepUp stepUp() {
        return new StepUp("THLCQ9wc4q7E0xfOia30", "ref-1", FirstokenScenario.SUCCESSFUL_STEP_UP, CardType.VISA,
                "************2503", new Amount("10.00", "MXN"), AuthenticationIds.version2(),
                "https://merchant.com/returnUrl", null);
    }
}
