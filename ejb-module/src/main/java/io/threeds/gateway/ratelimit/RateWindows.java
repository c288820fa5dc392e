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
 * Counts a caller's requests in the current minute, in the database so that all instances share the
 * count. Each count commits on its own: the row lock of the UPDATE orders concurrent requests.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateWindows {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /** This request's number within the caller's current minute. */
    public int count(String caller, LocalDateTime window) {
        int updated = em.createNativeQuery("UPDATE rate_window SET requests = requests + 1 "
                + "WHERE caller = ?1 AND window_start = ?2").setParameter(1, caller).setParameter(2, window)
                .executeUpdate();
        if (updated == 0) {
            // A concurrent first request of the same minute makes this INSERT fail; RateLimiter retries.
            em.createNativeQuery("INSERT INTO rate_window (caller, window_start, requests) VALUES (?1, ?2, 1)")
                    .setParameter(1, caller).setParameter(2, window).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("SELECT requests FROM rate_window WHERE caller = ?1 "
                + "AND window_start = ?2").setParameter(1, caller).setParameter(2, window).getSingleResult())
                .intValue();
    }

    public int purge() {
        return em.createNativeQuery("DELETE FROM rate_window WHERE window_start < ?1")
                .setParameter(1, Utc.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1)).executeUpdate();
    }
}
