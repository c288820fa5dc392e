package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.HmacJwt;
import io.threeds.sandbox.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code access_token}s Cardinal hands out, HS256 with the secret {@code sandbox.firstoken.jwt-secret},
 * valid for an hour (PROVIDERS.md §6.1):
 * <ul>
 *   <li>setup's, for device data collection: {@code jti, iat, iss, exp, OrgUnitId, ReferenceId}, as the
 *       seed's decodes (§6.2; {@code iss} and {@code OrgUnitId} are the seed's values);</li>
 *   <li>enroll's, for the step-up: {@code jti, iat, exp, ReferenceId, TransactionId, ReturnUrl}.</li>
 * </ul>
 * Each page accepts only its own kind, told apart by {@code OrgUnitId} and {@code TransactionId}.
 */
@ApplicationScoped
public class AccessTokens {
    static final Duration LIFETIME = Duration.ofHours(1);
    static final String ISSUER = "5dd83bf00e423d1498dcbaca";
    static final String ORG_UNIT_ID = "657294f3df487738f7312401";
    static final String REFERENCE_ID = "ReferenceId";
    static final String TRANSACTION_ID = "TransactionId";
    static final String RETURN_URL = "ReturnUrl";

    @Inject
    @ConfigProperty(name = "sandbox.firstoken.jwt-secret", defaultValue = "sandbox-firstoken-jwt-secret-0123456789")
    String secret;

    String forDeviceDataCollection(String referenceId, Instant now) {
        long iat = now.getEpochSecond();
        return jwt().sign(Jsonp.createObjectBuilder()
                .add("jti", UUID.randomUUID().toString())
                .add("iat", iat)
                .add("iss", ISSUER)
                .add("exp", iat + LIFETIME.toSeconds())
                .add("OrgUnitId", ORG_UNIT_ID)
                .add(REFERENCE_ID, referenceId)
                .build());
    }

    String forStepUp(StepUp stepUp, Instant now) {
        long iat = now.getEpochSecond();
        return jwt().sign(Jsonp.createObjectBuilder()
                .add("jti", UUID.randomUUID().toString())
                .add("iat", iat)
                .add("exp", iat + LIFETIME.toSeconds())
                .add(REFERENCE_ID, stepUp.referenceId())
                .add(TRANSACTION_ID, stepUp.transactionId())
                .add(RETURN_URL, stepUp.returnUrl())
                .build());
    }

    /** The {@code ReferenceId} of a valid setup token. */
    Optional<String> deviceDataReferenceId(String token, Instant now) {
        return jwt().verify(token, now)
                .filter(claims -> text(claims, "OrgUnitId") != null)
                .map(claims -> text(claims, REFERENCE_ID));
    }

    /** The claims of a valid step-up token: its {@code TransactionId} and {@code ReturnUrl} are text. */
    Optional<JsonObject> stepUpClaims(String token, Instant now) {
        return jwt().verify(token, now)
                .filter(claims -> text(claims, TRANSACTION_ID) != null && text(claims, RETURN_URL) != null);
    }

    static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private HmacJwt jwt() {
        return new HmacJwt(secret);
    }
}
