package io.threeds.gateway.ratelimit;

import io.threeds.gateway.Utc;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
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

/**
 * At most {@code threeds.rate-limit.per-minute} requests per caller in any 60 seconds (estimated from the
 * counts of the current and the previous clock minute, {@link RequestCounts}), else 429 with Retry-After.
 */
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
        RequestCounts counts;
        try {
            counts = windows.count(caller.actor(), window);
        } catch (EJBException lostInsertRace) {
            counts = windows.count(caller.actor(), window);
        }
        double elapsed = Duration.between(window, now).toMillis() / 60_000.0;
        if (counts.lastMinute(elapsed) > perMinute) {
            long retryAfter = counts.retryAfterSeconds(elapsed, perMinute);
            throw new GatewayException(ProblemType.RATE_LIMITED,
                    "more than " + perMinute + " requests in a minute; retry after " + retryAfter + " seconds")
                    .with("retryAfter", String.valueOf(retryAfter));
        }
    }
}
