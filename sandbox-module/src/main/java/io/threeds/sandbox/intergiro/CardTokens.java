package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Optional;

/**
 * The antifraud card tokens ({@code Card.Token}): JWTs signed RS256 with a key pair made when the
 * simulator starts, so tokens do not outlive it. Header {@code {"alg":"RS256","typ":"JWT"}}; payload as
 * the seed's decoded token (PROVIDERS.md §6.2): {@code {iss: "card", iat, aud: "production", enc, xpr:
 * [month, year], ver: {type: "guard", data: {browser, country: "SE"}}}}, where {@code enc} is the cycle's
 * opaque card reference, never the card number.
 */
@ApplicationScoped
public class CardTokens {
    static final String ISSUER = "card";
    private static final String ALGORITHM = "RS256";

    private final KeyPair keys = newKeyPair();

    /** A token for the cycle's card, with what the antifraud page saw of the browser. */
    String issue(Cycle cycle, JsonObject browser, Instant now) {
        JsonObject header = Jsonp.createObjectBuilder().add("alg", ALGORITHM).add("typ", "JWT").build();
        JsonObject payload = Jsonp.createObjectBuilder()
                .add("iss", ISSUER)
                .add("iat", now.getEpochSecond())
                .add("aud", "production")
                .add("enc", cycle.ids().cardReference())
                .add("xpr", Jsonp.createArrayBuilder().add(cycle.card().month()).add(cycle.card().year()))
                .add("ver", Jsonp.createObjectBuilder()
                        .add("type", "guard")
                        .add("data", Jsonp.createObjectBuilder().add("browser", browser).add("country", "SE")))
                .build();
        String signed = Base64UrlJson.encode(header) + "." + Base64UrlJson.encode(payload);
        return signed + "." + Base64UrlJson.encode(sign(signed));
    }

    /**
     * The payload of a token this simulator signed and nobody changed since; empty for anything else
     * (another key, another algorithm, a changed header or payload, not a JWT).
     */
    Optional<RequestBody> verify(String token) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        boolean rs256 = Base64UrlJson.decode(parts[0]).flatMap(header -> header.text("alg"))
                .filter(ALGORITHM::equals).isPresent();
        Optional<byte[]> signature = Base64UrlJson.decodeBytes(parts[2]);
        if (!rs256 || signature.isEmpty() || !verifies(parts[0] + "." + parts[1], signature.get())) {
            return Optional.empty();
        }
        return Base64UrlJson.decode(parts[1]).filter(payload -> payload.text("iss").filter(ISSUER::equals).isPresent());
    }

    private byte[] sign(String signed) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is not available", e);
        }
    }

    private boolean verifies(String signed, byte[] signature) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(keys.getPublic());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return rsa.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
