package io.threeds.sandbox.intergiro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final ConcurrentMap<String, Cycle> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByTransaction = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idByXid = new ConcurrentHashMap<>();
    private final Queue<String> creationOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "sandbox.intergiro.max-cycles", defaultValue = "100000")
    int maxCycles;

    void add(Cycle cycle) {
        byId.put(cycle.id(), cycle);
        idByTransaction.put(cycle.ids().threeDSServerTransID(), cycle.id());
        idByXid.put(cycle.ids().xid(), cycle.id());
        creationOrder.add(cycle.id());
        if (count.incrementAndGet() > maxCycles) {
            forgetOldest();
        }
    }

    Optional<Cycle> findByTransaction(String threeDSServerTransID) {
        return Optional.ofNullable(threeDSServerTransID).map(idByTransaction::get).map(byId::get);
    }

    Optional<Cycle> findByXid(String xid) {
        return Optional.ofNullable(xid).map(idByXid::get).map(byId::get);
    }

    /** Plays a re-POST on the cycle of its id: "invalid id" when there is none. */
    Round answer(String id, Function<Cycle, Round> round) {
        AtomicReference<Round> played = new AtomicReference<>(Round.refused(IntergiroError.invalidId()));
        byId.computeIfPresent(id, (key, cycle) -> {
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
        AtomicReference<Cycle> decided = new AtomicReference<>();
        byId.computeIfPresent(id, (key, cycle) -> {
            if (!cycle.awaits(step) || cycle.acsResult() != null) {
                return cycle;
            }
            decided.set(cycle.decided(result.apply(cycle)));
            return decided.get();
        });
        return Optional.ofNullable(decided.get());
    }

    private void forgetOldest() {
        String oldest = creationOrder.poll();
        if (oldest == null) {
            return;
        }
        count.decrementAndGet();
        Cycle forgotten = byId.remove(oldest);
        if (forgotten != null) {
            idByTransaction.remove(forgotten.ids().threeDSServerTransID());
            idByXid.remove(forgotten.ids().xid());
        }
    }
}
