package io.threeds.gateway.authentication;

import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.keyrotation.Reencryption;
import io.threeds.gateway.ratelimit.RateWindows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends what has run out of time, on every instance, every {@code threeds.housekeeping.interval-seconds}:
 * browser steps past their {@code expiresAt} become EXPIRED (audited), and held requests past their hold
 * are deleted, and authentication values older than {@code threeds.authentication-value.retention-days}
 * are erased with the provider refs, and idempotency records past their TTL and past rate-limit windows
 * are deleted, and a batch of values per encrypted column still under an older data key is re-encrypted
 * with the active one ({@link Reencryption}). All are idempotent, so instances running it at
 * once do no harm (a lost race on the same authentication is an optimistic-lock failure, skipped).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Housekeeping {
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    AuthenticationStore store;

    @EJB
    RateWindows rateWindows;

    @EJB
    IdempotencyKeys idempotencyKeys;

    @EJB
    Reencryption reencryption;

    @Inject
    @ConfigProperty(name = "threeds.housekeeping.interval-seconds", defaultValue = "30")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "threeds.authentication-value.retention-days", defaultValue = "30")
    int retentionDays;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void cancel() {
        task.cancel(false);
    }

    void sweep() {
        try {
            for (String id : store.overdue()) {
                try {
                    store.expire(id);
                } catch (RuntimeException raced) {
                    LOG.log(Level.FINE, "authentication " + id + " changed while expiring it", raced);
                }
            }
            store.purgeExpiredRequests();
            store.purgeAuthenticationValues(retentionDays);
            idempotencyKeys.purgeExpired();
            rateWindows.purge();
            for (EncryptedColumn column : EncryptedColumn.values()) {
                reencryption.batch(column);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "housekeeping failed; retried at the next interval", e);
        }
    }
}
