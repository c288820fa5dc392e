package io.threeds.gateway.container;

import io.threeds.gateway.authentication.ChallengeCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test observer: which challenge completions were committed, and which rolled back. */
@ApplicationScoped
public class CompletedChallenges {
    private final List<String> committed = new CopyOnWriteArrayList<>();
    private final List<String> rolledBack = new CopyOnWriteArrayList<>();

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChallengeCompleted event) {
        committed.add(event.authenticationId());
    }

    void onRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) ChallengeCompleted event) {
        rolledBack.add(event.authenticationId());
    }

    public List<String> committed() {
        return committed;
    }

    public List<String> rolledBack() {
        return rolledBack;
    }
}
