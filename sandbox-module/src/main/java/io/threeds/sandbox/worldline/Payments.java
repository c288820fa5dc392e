package io.threeds.sandbox.worldline;

import io.threeds.sandbox.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulator's payments, in memory, keyed by payment id and findable by their redirect's id. Changes
 * are atomic per payment, so a page submitted twice completes its payment once. The oldest payments are
 * forgotten beyond {@code sandbox.worldline.max-payments} (default 100000), so that load runs cannot
 * exhaust the heap.
 */
@ApplicationScoped
public class Payments {
    /** The seed's ids end so: {@code 0000070417} merchant, {@code 0000000837} sequence, {@code 0000100001}. */
    private static final String ID_SUFFIX = "0000100001";

    @Inject
    @ConfigProperty(name = "sandbox.worldline.max-payments", defaultValue = "100000")
    int maxPayments;

    private final ConcurrentMap<String, String> idByRedirect = new ConcurrentHashMap<>();
    private final Recent<Payment> byId = new Recent<>(() -> maxPayments, forgotten -> {
        if (forgotten.redirect() != null) {
            idByRedirect.remove(forgotten.redirect().id());
        }
    });
    private final AtomicLong sequence = new AtomicLong(Instant.now().getEpochSecond());

    /** A new 30-digit payment id: merchant id and a sequence number, 10 digits each, then the seed's suffix. */
    String nextId(String merchantId) {
        String merchantDigits = merchantId.replaceAll("\\D", "");
        if (merchantDigits.length() > 10) {
            merchantDigits = merchantDigits.substring(merchantDigits.length() - 10);
        }
        return "%10s%010d".formatted(merchantDigits, sequence.incrementAndGet() % 10_000_000_000L)
                .replace(' ', '0') + ID_SUFFIX;
    }

    void add(Payment payment) {
        if (payment.redirect() != null) {
            idByRedirect.put(payment.redirect().id(), payment.id());
        }
        byId.add(payment.id(), payment);
    }

    Optional<Payment> find(String merchantId, String paymentId) {
        return byId.get(paymentId).filter(payment -> payment.merchantId().equals(merchantId));
    }

    Optional<Payment> findByRedirect(String redirectId) {
        return Optional.ofNullable(redirectId).map(idByRedirect::get).flatMap(byId::get);
    }

    /**
     * Applies the step to the payment of a redirect if it still awaits the shopper.
     *
     * @return the changed payment, or empty when there is no such payment or it was already completed
     */
    Optional<Payment> complete(String redirectId, UnaryOperator<Payment> step) {
        return Optional.ofNullable(redirectId).map(idByRedirect::get)
                .flatMap(id -> byId.update(id, Payment::awaitsShopper, step));
    }
}
