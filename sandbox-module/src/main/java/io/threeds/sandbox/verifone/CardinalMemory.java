package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's state, in memory: the Songbird JWTs already spent (by {@code jti}), Songbird sessions (by
 * {@code sessionId}) and challenges (by {@code transaction_id}). Changes are atomic per key, so a JWT is spent
 * once and a challenge is answered once. Each kind forgets its oldest entries beyond
 * {@code sandbox.verifone.max-entries} (default 100000).
 */
@ApplicationScoped
public class CardinalMemory {

    @Inject
    @ConfigProperty(name = "sandbox.verifone.max-entries", defaultValue = "100000")
    int maxEntries;

    private final Recent<Boolean> spentTokens = new Recent<>(() -> maxEntries);
    private final Recent<SongbirdSession> sessions = new Recent<>(() -> maxEntries);
    private final Recent<Challenge> challenges = new Recent<>(() -> maxEntries);

    /** Spends a JWT's {@code jti}: true the first time only. */
    boolean spend(String jti) {
        return spentTokens.add(jti, Boolean.TRUE);
    }

    SongbirdSession openSession(Supplier<String> sessionIds) {
        SongbirdSession session = new SongbirdSession(sessionIds.get(), null);
        sessions.add(session.sessionId(), session);
        return session;
    }

    Optional<SongbirdSession> session(String sessionId) {
        return sessions.get(sessionId);
    }

    /** Records the BIN Songbird profiled for a session; empty when the session is unknown. */
    Optional<SongbirdSession> profile(String sessionId, String bin) {
        return sessions.update(sessionId, session -> true, session -> session.profiled(bin));
    }

    void add(Challenge challenge) {
        challenges.add(challenge.transactionId(), challenge);
    }

    Optional<Challenge> challenge(String transactionId) {
        return challenges.get(transactionId);
    }

    /** Decides a challenge once; empty when there is none or it was already answered. */
    Optional<Challenge> answer(String transactionId, ValidatedEvent event) {
        return challenges.update(transactionId, challenge -> !challenge.answered(), challenge -> challenge.answered(event));
    }
}
