package io.threeds.sandbox.verifone;

import io.threeds.sandbox.HmacJwt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SongbirdTokensTest {
    private final Simulator simulator = new Simulator();

    @Test
    void jwtCreateSignsTheSeedsClaimsForTwoHours() {
        String token = simulator.tokens.forSetup(Simulator.NOW);
        JsonObject claims = new HmacJwt(Simulator.SECRET).verify(token, Simulator.NOW).orElseThrow();
        assertEquals(Simulator.NOW.getEpochSecond(), claims.getJsonNumber("iat").longValue());
        assertEquals(Simulator.NOW.getEpochSecond() + 7200, claims.getJsonNumber("exp").longValue());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, claims.getJsonObject("Payload"));
        assertEquals(SongbirdTokens.ISSUER, claims.getString("iss"));
        assertEquals(SongbirdTokens.ORG_UNIT_ID, claims.getString("OrgUnitId"));
        assertTrue(claims.getString("jti").matches("[0-9a-f-]{36}"));
    }

    @Test
    void aSetupTokenIsSpentOnce() {
        String token = simulator.tokens.forSetup(Simulator.NOW);
        assertTrue(simulator.tokens.spend(token, Simulator.NOW).isPresent());
        assertTrue(simulator.tokens.spend(token, Simulator.NOW).isEmpty());
        assertTrue(simulator.tokens.spend(simulator.tokens.forSetup(Simulator.NOW), Simulator.NOW).isPresent());
    }

    @Test
    void anExpiredOrForeignTokenIsRefused() {
        String token = simulator.tokens.forSetup(Simulator.NOW);
        assertTrue(simulator.tokens.spend(token, Simulator.NOW.plus(Duration.ofHours(2))).isEmpty());
        String foreign = new HmacJwt("another-secret").sign(new HmacJwt(Simulator.SECRET)
                .verify(simulator.tokens.forSetup(Simulator.NOW), Simulator.NOW).orElseThrow());
        assertTrue(simulator.tokens.spend(foreign, Simulator.NOW).isEmpty());
        assertTrue(simulator.tokens.spend("not.a.jwt", Simulator.NOW).isEmpty());
        assertTrue(simulator.tokens.spend(null, Simulator.NOW).isEmpty());
    }

    @Test
    void aValidatedTokenIsNoSetupToken() {
        String validated = simulator.tokens.forValidated(Json.createObjectBuilder().add("ActionCode", "SUCCESS").build(),
                Simulator.CONTRACT, Simulator.NOW);
        assertTrue(simulator.tokens.spend(validated, Simulator.NOW).isEmpty());
        JsonObject claims = new HmacJwt(Simulator.SECRET).verify(validated, Simulator.NOW).orElseThrow();
        assertEquals("SUCCESS", claims.getJsonObject("Payload").getString("ActionCode"));
        assertEquals(Simulator.CONTRACT, claims.getString("aud"));
        assertEquals(SongbirdTokens.ISSUER, claims.getString("iss"));
        assertEquals(Simulator.NOW.getEpochSecond() + 7200, claims.getJsonNumber("exp").longValue());
    }

    @Test
    void songbirdInitOpensASessionOrReportsError1010() {
        String token = simulator.tokens.forSetup(Simulator.NOW);
        JsonObject body = Json.createObjectBuilder().add("jwt", token).build();
        VerifoneAnswer first = simulator.songbird.init(Simulator.json(body), Simulator.NOW);
        assertEquals(200, first.status());
        assertTrue(first.body().getString("sessionId").matches("0_[0-9a-f-]{36}"));
        VerifoneAnswer again = simulator.songbird.init(Simulator.json(body), Simulator.NOW);
        assertEquals(400, again.status());
        assertEquals(false, again.body().getBoolean("Validated"));
        assertEquals("ERROR", again.body().getString("ActionCode"));
        assertEquals(1010, again.body().getInt("ErrorNumber"));
        assertTrue(again.body().containsKey("ErrorDescription"));
    }

    @Test
    void binProcessNeedsAKnownSessionAndSixDigits() {
        String session = simulator.sessionId();
        assertTrue(simulator.songbird.bin(Simulator.json(Json.createObjectBuilder().add("sessionId", session)
                .add("bin", "411111111").build())).body().getBoolean("Status"));
        assertEquals("411111111", simulator.memory.session(session).orElseThrow().bin());
        assertTrue(!simulator.songbird.bin(Simulator.json(Json.createObjectBuilder().add("sessionId", session)
                .add("bin", "4111").build())).body().getBoolean("Status"));
        assertTrue(!simulator.songbird.bin(Simulator.json(Json.createObjectBuilder().add("sessionId", "0_unknown")
                .add("bin", "411111111").build())).body().getBoolean("Status"));
    }
}
