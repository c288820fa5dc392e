package io.threeds.sandbox.firstoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
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
        sessions.put(session.referenceId(), session);
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
        stepUps.put(stepUp.transactionId(), stepUp);
    }

    Optional<StepUp> stepUp(String transactionId) {
        return stepUps.get(transactionId);
    }

    /**
     * Decides a step-up with the shopper's answer, if it was not answered yet.
     *
     * @return the answered step-up, or empty when there is none or it was already answered
     */
    Optional<StepUp> answer(String transactionId, StepUpAnswer answer) {
        return stepUps.update(transactionId, stepUp -> !stepUp.answered(), stepUp -> stepUp.answered(answer));
    }

    /** Entries by key, the oldest forgotten beyond the capacity. */
    private static final class Recent<V> {
        private final ConcurrentMap<String, V> byKey = new ConcurrentHashMap<>();
        private final Queue<String> insertionOrder = new ConcurrentLinkedQueue<>();
        private final AtomicInteger count = new AtomicInteger();
        private final IntSupplier capacity;

        Recent(IntSupplier capacity) {
            this.capacity = capacity;
        }

        void put(String key, V value) {
            if (byKey.put(key, value) != null) {
                return;
            }
            insertionOrder.add(key);
            if (count.incrementAndGet() > capacity.getAsInt()) {
                String oldest = insertionOrder.poll();
                if (oldest != null) {
                    count.decrementAndGet();
                    byKey.remove(oldest);
                }
            }
        }

        Optional<V> get(String key) {
            return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
        }

        /** Applies the change atomically when the entry exists and passes the condition; returns the new value. */
        Optional<V> update(String key, Predicate<V> condition, UnaryOperator<V> change) {
            if (key == null) {
                return Optional.empty();
            }
            AtomicReference<V> changed = new AtomicReference<>();
            byKey.computeIfPresent(key, (k, value) -> {
                if (!condition.test(value)) {
                    return value;
                }
                changed.set(change.apply(value));
                return changed.get();
            });
            return Optional.ofNullable(changed.get());
        }
    }
}
