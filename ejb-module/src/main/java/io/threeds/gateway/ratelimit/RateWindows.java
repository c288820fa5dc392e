package io.threeds.gateway.ratelimit;

import io.threeds.gateway.Utc;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
        int current = 0;
        int previous = 0;
        List<?> rows = em.createNativeQuery("SELECT window_start, requests FROM rate_window WHERE caller = ?1 "
                + "AND window_start >= ?2").setParameter(1, caller).setParameter(2, window.minusMinutes(1))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int requests = ((Number) columns[1]).intValue();
            if (window.equals(timestamp(columns[0]))) {
                current = requests;
            } else {
                previous = requests;
            }
        }
        return new RequestCounts(current, previous);
    }

    private static LocalDateTime timestamp(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    public int purge() {
        return em.createNativeQuery("DELETE FROM rate_window WHERE window_start < ?1")
                .setParameter(1, Utc.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1)).executeUpdate();
    }
}
