package io.threeds.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/** The fault armed for each provider, counted down atomically by the calls it hits. */
@ApplicationScoped
public class FaultControl {
    private final ConcurrentMap<String, SimulatedFault> armed = new ConcurrentHashMap<>();

    public void arm(String provider, SimulatedFault fault) {
        armed.put(provider, fault);
    }

    public void clear(String provider) {
        armed.remove(provider);
    }

    /** The fault the current call must suffer, if one is armed; the last call disarms it. */
    public Optional<SimulatedFault> take(String provider) {
        AtomicReference<SimulatedFault> taken = new AtomicReference<>();
        armed.computeIfPresent(provider, (id, fault) -> {
            taken.set(fault);
            return fault.remaining() > 1 ? fault.spent() : null;
        });
        return Optional.ofNullable(taken.get());
    }
}
