package io.threeds.sandbox;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A simulator's entries by key, in memory, the oldest forgotten beyond the capacity, so that load runs
 * cannot exhaust the heap. A store that also finds its entries by other ids keeps those indexes itself
 * and forgets an entry's ids in {@code onForget}.
 */
public final class Recent<V> {
    private final ConcurrentMap<String, V> byKey = new ConcurrentHashMap<>();
    private final Queue<String> insertionOrder = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final IntSupplier capacity;
    private final Consumer<V> onForget;

    public Recent(IntSupplier capacity) {
        this(capacity, forgotten -> { });
    }

    public Recent(IntSupplier capacity, Consumer<V> onForget) {
        this.capacity = capacity;
        this.onForget = onForget;
    }

    /** Adds an entry unless the key is taken; returns whether it was added. */
    public boolean add(String key, V value) {
        if (byKey.putIfAbsent(key, value) != null) {
            return false;
        }
        insertionOrder.add(key);
        if (count.incrementAndGet() > capacity.getAsInt()) {
            String oldest = insertionOrder.poll();
            if (oldest != null) {
                count.decrementAndGet();
                V forgotten = byKey.remove(oldest);
                if (forgotten != null) {
                    onForget.accept(forgotten);
                }
            }
        }
        return true;
    }

    public Optional<V> get(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** Applies the change atomically when the entry exists and passes the condition; returns the new value. */
    public Optional<V> update(String key, Predicate<V> condition, UnaryOperator<V> change) {
        AtomicReference<V> changed = new AtomicReference<>();
        replace(key, value -> {
            if (!condition.test(value)) {
                return value;
            }
            changed.set(change.apply(value));
            return changed.get();
        });
        return Optional.ofNullable(changed.get());
    }

    /** Replaces the entry atomically with what {@code change} makes of it, when there is one. */
    public void replace(String key, UnaryOperator<V> change) {
        if (key != null) {
            byKey.computeIfPresent(key, (k, value) -> change.apply(value));
        }
    }
}
