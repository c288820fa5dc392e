package io.threeds.gateway.ratelimit;

import io.threeds.gateway.Utc;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Counts a caller's requests per clock minute, in the database so that all instances share the count.
 * Each count commits on its own: the row lock of the UPDATE orders concurrent requests.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateWindows {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /** Counts this request in the caller's minute {@code window}; its counts of that minute and the one before. */
    public RequestCounts count(String caller, LocalDateTime window) {
        int updated = em.createNativeQuery("UPDATE rate_window SET requests = requests + 1 "
                + "WHERE caller = ?1 AND window_start = ?2").setParameter(1, caller).setParameter(2, window)
                .executeUpdate();
        if (updated == 0) {
            // A concurrent first request of the same minute makes this INSERT fail; RateLimiter retries.
            em.createNativeQuery("INSERT INTO rate_window (caller, window_start, requests) VALUES (?1, ?2, 1)")
                    .setParameter(1, caller).setParameter(2, window).executeUpdate();
        }
        Object[] counts = (Object[]) em.createNativeQuery("SELECT "
                + "COALESCE(SUM(CASE WHEN window_start = ?2 THEN requests END), 0), "
                + "COALESCE(SUM(CASE WHEN window_start < ?2 THEN requests END), 0) "
                + "FROM rate_window WHERE caller = ?1 AND window_start >= ?3")
                .setParameter(1, caller).setParameter(2, window).setParameter(3, window.minusMinutes(1))
                .getSingleResult();
        return new RequestCounts(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    public int purge() {
        return em.createNativeQuery("DELETE FROM rate_window WHERE window_start < ?1")
                .setParameter(1, Utc.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1)).executeUpdate();
    }
}
