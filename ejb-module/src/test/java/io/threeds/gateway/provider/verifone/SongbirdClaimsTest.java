package io.threeds.gateway.provider.verifone;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.provider.BrowserRefusedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SongbirdClaimsTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final String CONTRACT = "3ds-contract";
    private static final String ISSUER = "cardinal-api-id";

    private static String jwt(String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static String claims(long iat, Long exp, String iss, String aud) {
        return "{\"jti\":\"j\",\"iat\":" + iat + (exp == null ? "" : ",\"exp\":" + exp) + ",\"iss\":\"" + iss
                + "\",\"aud\":" + aud + ",\"Payload\":{}}";
    }

    private static String refusal(String claims) {
        return assertThrows(BrowserRefusedException.class,
                () -> SongbirdClaims.check(jwt(claims), CONTRACT, ISSUER, NOW)).getMessage();
    }

    @Test
    void aFreshResultForThisContractAndIssuerPasses() {
        long iat = NOW.minusSeconds(600).getEpochSecond();
        assertDoesNotThrow(() -> SongbirdClaims.check(jwt(claims(iat, iat + 7200, ISSUER, "\"" + CONTRACT + "\"")),
                CONTRACT, ISSUER, NOW));
        assertDoesNotThrow(() -> SongbirdClaims.check(jwt(claims(iat, iat + 7200, ISSUER, "[\"x\",\"" + CONTRACT + "\"]")),
                CONTRACT, ISSUER, NOW), "an audience list naming the contract");
    }

    @Test
    void eachClaimIsChecked() {
        long iat = NOW.minusSeconds(600).getEpochSecond();
        String aud = "\"" + CONTRACT + "\"";
        assertTrue(refusal(claims(iat, null, ISSUER, aud)).contains("no exp"));
        assertTrue(refusal(claims(iat - 7200, iat - 60, ISSUER, aud)).contains("expired"));
        assertTrue(refusal(claims(NOW.plusSeconds(120).getEpochSecond(), iat + 7200, ISSUER, aud)).contains("iat"));
        assertTrue(refusal(claims(NOW.minusSeconds(3 * 3600).getEpochSecond(), NOW.plusSeconds(600).getEpochSecond(),
                ISSUER, aud)).contains("iat"), "older than the JWT's 2-hour life, whatever exp says");
        assertTrue(refusal(claims(iat, iat + 7200, "someone-else", aud)).contains("issuer"));
        assertTrue(refusal(claims(iat, iat + 7200, ISSUER, "\"another-contract\"")).contains("contract"));
        assertTrue(assertThrows(BrowserRefusedException.class, () -> SongbirdClaims.check("abc", CONTRACT, ISSUER, NOW))
                .getMessage().contains("compact"));
    }

    @Test
    void aMinuteOfSkewIsAllowed() {
        long iat = NOW.plusSeconds(30).getEpochSecond();
        assertDoesNotThrow(() -> SongbirdClaims.check(jwt(claims(iat, NOW.minusSeconds(30).getEpochSecond(), ISSUER,
                "\"" + CONTRACT + "\"")), CONTRACT, ISSUER, NOW));
    }
}
