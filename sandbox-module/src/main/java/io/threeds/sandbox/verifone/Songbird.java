package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The server side of the Songbird stand-in (songbird.js): {@code Cardinal.setup('init', {jwt})} spends the
 * jwt/create token and opens a session; {@code Cardinal.trigger('bin.process', bin)} records the BIN for it.
 * A refused token answers HTTP 400 with the very data songbird.js hands to {@code payments.validated}
 * (G-V16): {@code {"Validated":false,"ActionCode":"ERROR","ErrorNumber":1010,"ErrorDescription":...}}.
 */
@ApplicationScoped
public class Songbird {
    static final int INVALID_JWT = 1010;

    @Inject
    SongbirdTokens tokens;

    @Inject
    CardinalMemory memory;

    /** {@code {"jwt"}} → {@code {"sessionId": "0_<uuid>"}}. */
    VerifoneAnswer init(RequestBody body, Instant now) {
        if (tokens.spend(body.text("jwt").orElse(null), now).isEmpty()) {
            return new VerifoneAnswer(400, Jsonp.createObjectBuilder()
                    .add("Validated", false)
                    .add("ActionCode", ChallengeOutcome.ERROR)
                    .add("ErrorNumber", INVALID_JWT)
                    .add("ErrorDescription", "Invalid JWT: not signed by this service, expired, or already used")
                    .build());
        }
        return VerifoneAnswer.ok(Jsonp.createObjectBuilder()
                .add("sessionId", memory.openSession(Identifiers::sessionId).sessionId()).build());
    }

    /**
     * {@code {"sessionId", "bin"}} → {@code {"Status": true}} when the session is known and the BIN has at
     * least 6 digits (Songbird asks for 9 or more, PROVIDERS.md §1.4.2); else {@code {"Status": false}}.
     */
    VerifoneAnswer bin(RequestBody body) {
        String bin = body.text("bin").map(text -> text.replaceAll("[\\s-]", "")).orElse("");
        boolean profiled = bin.matches("\\d{6,19}")
                && memory.profile(body.text("sessionId").orElse(null), bin.substring(0, Math.min(bin.length(), 9))).isPresent();
        return VerifoneAnswer.ok(Jsonp.createObjectBuilder().add("Status", profiled).build());
    }
}
