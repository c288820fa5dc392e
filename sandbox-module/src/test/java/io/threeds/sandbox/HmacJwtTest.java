package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacJwtTest {
    private static final Instant NOW = Instant.ofEpochSecond(1713184423);
    private static final JsonObject CLAIMS = Json.createObjectBuilder()
            .add("jti", "d23a73a3").add("iat", 1713184423).add("exp", 1713188023).add("ReferenceId", "46ab9269")
            .build();
    private final HmacJwt jwt = new HmacJwt("secret-one");

    @Test
    void signsLikeAnyHs256Implementation() throws Exception {
        String token = jwt.sign(CLAIMS);
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        assertEquals("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", decode(parts[0]));
        assertEquals(CLAIMS.toString(), decode(parts[1]));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret-one".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII))), parts[2]);
        assertTrue(!token.contains("=") && !token.contains("+") && !token.contains("/"));
    }

    @Test
    void verifiesItsOwnTokenUntilItExpires() {
        String token = jwt.sign(CLAIMS);
        assertEquals(CLAIMS, jwt.verify(token, NOW).orElseThrow());
        assertEquals(CLAIMS, jwt.verify(token, Instant.ofEpochSecond(1713188022)).orElseThrow());
        assertTrue(jwt.verify(token, Instant.ofEpochSecond(1713188023)).isEmpty());
    }

    @Test
    void refusesAnotherKey() {
        assertTrue(new HmacJwt("secret-two").verify(jwt.sign(CLAIMS), NOW).isEmpty());
    }

    @Test
    void refusesTamperedClaims() {
        String[] parts = jwt.sign(CLAIMS).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                CLAIMS.toString().replace("46ab9269", "other").getBytes(StandardCharsets.UTF_8));
        assertTrue(jwt.verify(parts[0] + "." + forged + "." + parts[2], NOW).isEmpty());
        String flipped = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
        assertTrue(jwt.verify(parts[0] + "." + parts[1] + "." + flipped, NOW).isEmpty());
    }

    @Test
    void refusesTheNoneAlgorithm() {
        String[] parts = jwt.sign(CLAIMS).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(jwt.verify(none + "." + parts[1] + ".", NOW).isEmpty());
        assertTrue(jwt.verify(none + "." + parts[1] + "." + parts[2], NOW).isEmpty());
    }

    @Test
    void refusesWhatIsNoToken() {
        assertTrue(jwt.verify(null, NOW).isEmpty());
        assertTrue(jwt.verify("", NOW).isEmpty());
        assertTrue(jwt.verify("a.b", NOW).isEmpty());
        assertTrue(jwt.verify("!!!.???.***", NOW).isEmpty());
        assertTrue(jwt.verify(jwt.sign(Json.createObjectBuilder().add("iat", 1).build()), NOW).isEmpty(),
                "a token without exp never verifies");
        assertTrue(jwt.verify(jwt.sign(Json.createObjectBuilder().add("exp", "never").build()), NOW).isEmpty());
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
