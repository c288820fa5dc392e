package io.threeds.sandbox.verifone;

import io.threeds.sandbox.HmacJwt;
import io.threeds.sandbox.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JWTs of the Songbird flow, HS256 with the secret {@code sandbox.verifone.jwt-secret} (default
 * {@code sandbox-verifone-jwt-secret}), valid for two hours (PROVIDERS.md §1.3.1, §6.1):
 * <ul>
 *   <li>jwt/create's, for {@code Cardinal.setup('init', {jwt})}: {@code jti, iss, OrgUnitId, Payload {}, iat,
 *       exp}, single use: {@link #spend} accepts it once;</li>
 *   <li>{@code payments.validated}'s: {@code jti, iat, exp, iss, aud} (the 3-D Secure contract id of the
 *       lookup) and {@code Payload}, the validated data (G-V6).</li>
 * </ul>
 */
@ApplicationScoped
public class SongbirdTokens {
    static final Duration LIFETIME = Duration.ofHours(2);
    /** Opaque ids, as the seed's (§6.2): Cardinal's API identifier and the merchant's org unit. */
    static final String ISSUER = "65d3f0b2a1c4e5d6f7a8b9c0";
    static final String ORG_UNIT_ID = "65d3f0b2a1c4e5d6f7a8b9c1";

    @Inject
    @ConfigProperty(name = "sandbox.verifone.jwt-secret", defaultValue = "sandbox-verifone-jwt-secret")
    String secret;

    @Inject
    CardinalMemory memory;

    /** A fresh JWT for {@code Cardinal.setup('init')}. */
    String forSetup(Instant now) {
        long iat = now.getEpochSecond();
        return jwt().sign(Jsonp.createObjectBuilder()
                .add("jti", Identifiers.uuid())
                .add("iss", ISSUER)
                .add("OrgUnitId", ORG_UNIT_ID)
                .add("Payload", Jsonp.createObjectBuilder())
                .add("iat", iat)
                .add("exp", iat + LIFETIME.toSeconds())
                .build());
    }

    /**
     * Spends a setup JWT: its claims if it is one of ours, unexpired and not spent before; else empty (and
     * a valid token stays unspent only if it was refused for being spent already).
     */
    Optional<JsonObject> spend(String token, Instant now) {
        return jwt().verify(token, now)
                .filter(claims -> text(claims, "OrgUnitId") != null && text(claims, "jti") != null)
                .filter(claims -> memory.spend(text(claims, "jti")));
    }

    /** The second argument of {@code payments.validated}: the data signed, as {@code Payload}. */
    String forValidated(JsonObject data, String audience, Instant now) {
        long iat = now.getEpochSecond();
        return jwt().sign(Jsonp.createObjectBuilder()
                .add("jti", Identifiers.uuid())
                .add("iat", iat)
                .add("exp", iat + LIFETIME.toSeconds())
                .add("iss", ISSUER)
                .add("aud", audience)
                .add("Payload", data)
                .build());
    }

    /** The payload of a {@code payments.validated} JWT that this simulator signed for {@code contract}. */
    Optional<JsonObject> validated(String token, String contract, Instant now) {
        return jwt().verify(token, now)
                .filter(claims -> contract.equals(text(claims, "aud")))
                .map(claims -> claims.get("Payload"))
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    private static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private HmacJwt jwt() {
        return new HmacJwt(secret);
    }
}
