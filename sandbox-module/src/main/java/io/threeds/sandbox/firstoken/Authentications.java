package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Recent;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's state, in memory: setup sessions keyed by {@code reference_id} and step-ups keyed by
 * {@code authentication_transaction_id}. Changes are atomic per key, so a step-up page answered twice
 * decides once. Each kind forgets its oldest entries beyond {@code sandbox.firstoken.max-authentications}
 * (default 100000), so that load runs cannot exhaust the heap.
 */
@ApplicationScoped
public class Authentications {

    @Inject
    @ConfigProperty(name = "sandbox.firstoken.max-authentications", defaultValue = "100000")
    int maxEntries;

    private final Recent<Session> sessions = new Recent<>(() -> maxEntries);
    private final Recent<StepUp> stepUps = new Recent<>(() -> maxEntries);

    void open(Session session) {
        sessions.add(session.referenceId(), session);
    }

    Optional<Session> session(String referenceId) {
        return sessions.get(referenceId);
    }

    /**
     * Records that Cardinal's device data collection ran for a session.
     *
     * @return false when no such session is known
     */
    boolean collectDeviceData(String referenceId, Instant at) {
        return sessions.update(referenceId, session -> true, session -> session.deviceDataCollected(at)).isPresent();
    }

    void add(StepUp stepUp) {
        stepUps.add(stepUp.transactionId(), stepUp);
    }

    Optional<StepUp> stepUp(String transactionId) {
        return stepUps.get(transactionId);
    }

    /**
     * Decides a step-up with the shopper's answer, if it was not answered yet.
     *
     * @return the answered step-up, or empty when there is none or it was already answered
     */
    Optional<StepUp> answer(String transactionId, ShopperAnswer answer) {
        return stepUps.update(transactionId, stepUp -> !stepUp.answered(), stepUp -> stepUp.answered(answer));
    }
}
