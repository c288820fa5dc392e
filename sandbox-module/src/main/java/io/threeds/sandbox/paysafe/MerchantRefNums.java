package io.threeds.sandbox.paysafe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code merchantRefNum}s already used by a PaRes validation or a Card Payments authorisation,
 * across every account: the seed says the reference "must be unique for each request" (G-P8). The
 * oldest are forgotten beyond {@code sandbox.paysafe.max-merchant-ref-nums} (default 100000).
 */
@ApplicationScoped
public class MerchantRefNums {
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Queue<String> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "sandbox.paysafe.max-merchant-ref-nums", defaultValue = "100000")
    int maxMerchantRefNums;

    /** Takes the reference for one request; false when an earlier request already took it. */
    boolean claim(String merchantRefNum) {
        if (!used.add(merchantRefNum)) {
            return false;
        }
        order.add(merchantRefNum);
        if (count.incrementAndGet() > maxMerchantRefNums) {
            String oldest = order.poll();
            if (oldest != null) {
                count.decrementAndGet();
                used.remove(oldest);
            }
        }
        return true;
    }
}
