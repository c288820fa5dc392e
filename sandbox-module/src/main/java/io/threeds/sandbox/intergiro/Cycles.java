package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's authorization cycles, in memory, keyed by cycle id and findable by their
 * {@code threeDSServerTransID} (method, challenge and antifraud pages) and {@code xid} (the PaReq page).
 * A cycle changes atomically, so a re-POST and an ACS answer, or two answers, never interleave. Ended
 * cycles are kept, so their id is refused rather than unknown; the oldest are forgotten beyond
 * {@code sandbox.intergiro.max-cycles} (default 100000), so that load runs cannot exhaust the heap.
 */
@ApplicationScoped
public class Cycles {
    @Inject
    @ConfigProperty(name = "sandbox.intergiro.max-cycles", defaultValue = "100000")
    int maxCycles;

    private final ConcurrentMap<String, String> idByTransaction = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByXid = new ConcurrentHashMap<>();
    private final Recent<Cycle> byId = new Recent<>(() -> maxCycles, forgotten -> {
        idByTransaction.remove(forgotten.ids().threeDSServerTransID());
        idByXid.remove(forgotten.ids().xid());
    });

    void add(Cycle cycle) {
        idByTransaction.put(cycle.ids().threeDSServerTransID(), cycle.id());
        idByXid.put(cycle.ids().xid(), cycle.id());
        byId.add(cycle.id(), cycle);
    }

    Optional<Cycle> findByTransaction(String threeDSServerTransID) {
        return Optional.ofNullable(threeDSServerTransID).map(idByTransaction::get).flatMap(byId::get);
    }

    Optional<Cycle> findByXid(String xid) {
        return Optional.ofNullable(xid).map(idByXid::get).flatMap(byId::get);
    }

    /** Plays a re-POST on the cycle of its id: "invalid id" when there is none. */
    Round answer(String id, Function<Cycle, Round> round) {
        AtomicReference<Round> played = new AtomicReference<>(Round.refused(IntergiroError.invalidId()));
        byId.replace(id, cycle -> {
            Round result = round.apply(cycle);
            played.set(result);
            return result.cycle() == null ? cycle : result.cycle();
        });
        return played.get();
    }

    /**
     * Records the ACS's result for a step, once: only while the cycle waits for that step and its ACS has
     * not answered yet.
     *
     * @return the cycle with the result, or empty when there is no such cycle or it was already decided
     */
    Optional<Cycle> decide(String id, VerificationStep step, Function<Cycle, TransStatus> result) {
        return byId.update(id, cycle -> cycle.awaits(step) && cycle.acsResult() == null,
                cycle -> cycle.decided(result.apply(cycle)));
    }
}
