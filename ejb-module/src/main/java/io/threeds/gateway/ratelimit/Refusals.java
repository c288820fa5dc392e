package io.threeds.gateway.ratelimit;

import io.threeds.gateway.Utc;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refused unauthenticated requests (unknown API keys, browser requests for unknown authentications),
 * counted per client address and clock minute in the database, so that what anyone can send costs a
 * bounded number of records: the first refusal of an address in a minute is recorded (audited or logged),
 * the others only counted, at most {@code threeds.refusals.recorded-per-minute} recorded in all per kind and
 * minute (many addresses), and an address past {@code threeds.refusals.per-address-per-minute} is
 * throttled.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Refusals {
    /** What to do with one refusal. */
    public enum Verdict {
        /** The address's first this minute: record it (with the counts so far). */
        RECORD,
        /** Counted only. */
        COUNT,
        /** The address is over its limit: answer 429 without further work. */
        THROTTLE
    }

    @EJB
    RateWindows windows;

    @Inject
    @ConfigProperty(name = "threeds.refusals.per-address-per-minute", defaultValue = "60")
    int perAddress;

    @Inject
    @ConfigProperty(name = "threeds.refusals.recorded-per-minute", defaultValue = "100")
    int recordedPerMinute;

    /** Counts a refusal of {@code kind} ("api-key", "browser") from a client address. */
    public Verdict count(String kind, String address) {
        LocalDateTime window = Utc.now().truncatedTo(ChronoUnit.MINUTES);
        int fromAddress = count(kind + ":" + address, window).current();
        if (fromAddress > perAddress) {
            return Verdict.THROTTLE;
        }
        if (fromAddress > 1) {
            return Verdict.COUNT;
        }
        return count(kind + ":*", window).current() <= recordedPerMinute ? Verdict.RECORD : Verdict.COUNT;
    }

    private RequestCounts count(String counter, LocalDateTime window) {
        try {
            return windows.count(counter, window);
        } catch (EJBException lostInsertRace) {
            return windows.count(counter, window);
        }
    }
}
