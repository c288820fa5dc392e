package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The EMV CReq in the lookup's {@code payload} and the ACS page's {@code creq} field:
 * {@code {"messageType":"CReq","messageVersion":"2.2.0","threeDSServerTransID","acsTransID","challengeWindowSize":"02"}},
 * base64 without padding (as PROVIDERS.md §6.2 decodes the seed's). Reading accepts padding and the
 * base64url alphabet too.
 */
record ChallengeRequest(String threeDSServerTransId, String acsTransId) {
    static final String MESSAGE_VERSION = "2.2.0";

    String payload() {
        JsonObject creq = Jsonp.createObjectBuilder()
                .add("messageType", "CReq")
                .add("messageVersion", MESSAGE_VERSION)
                .add("threeDSServerTransID", threeDSServerTransId)
                .add("acsTransID", acsTransId)
                .add("challengeWindowSize", "02")
                .build();
        return Base64.getEncoder().withoutPadding().encodeToString(creq.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ChallengeRequest> parse(String payload) {
        if (payload == null || payload.isBlank()) {
            return Optional.empty();
        }
        String standard = payload.trim().replace('-', '+').replace('_', '/').replace("=", "");
        try (JsonReader reader = Jsonp.createReader(new StringReader(
                new String(Base64.getDecoder().decode(standard), StandardCharsets.UTF_8)))) {
            JsonObject creq = reader.readObject();
            if (!(creq.get("acsTransID") instanceof JsonString acs)) {
                return Optional.empty();
            }
            return Optional.of(new ChallengeRequest(creq.getString("threeDSServerTransID", ""), acs.getString()));
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
