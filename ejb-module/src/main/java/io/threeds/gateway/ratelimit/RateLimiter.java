package io.threeds.gateway.ratelimit;

import io.threeds.gateway.Utc;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.problem.GatewayException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At most {@code threeds.rate-limit.per-minute} requests per caller per clock minute, else 429. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimiter {
    @EJB
    RateWindows windows;

    @Inject
    @ConfigProperty(name = "threeds.rate-limit.per-minute", defaultValue = "1200")
    int perMinute;

    public void admit(Caller caller) {
        LocalDateTime now = Utc.now();
        LocalDateTime window = now.truncatedTo(ChronoUnit.MINUTES);
        int count;
        try {
            count = windows.count(caller.actor(), window);
        } catch (EJBException lostInsertRace) {
            count = windows.count(caller.actor(), window);
        }
        if (count > perMinute) {
            long retryAfter = Math.max(1, Duration.between(now, window.plusMinutes(1)).toSeconds());
            throw new GatewayException("rate-limited", "Too many requests", 429,
                    "more than " + perMinute + " requests in a minute; retry after " + retryAfter + " seconds")
                    .with("retryAfter", String.valueOf(retryAfter));
        }
    }
}
