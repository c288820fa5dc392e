package io.threeds.gateway.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every instance polls, every {@code threeds.audit.seal-interval-ms}, to seal pending audit events;
 * only the one holding the lease on the chain head ({@code threeds.audit.sealer-lease-ms}) seals, and
 * when it stops renewing, the first other instance to poll after the lease ran out takes over. A full
 * batch is followed at once by the next, so a backlog drains without waiting for the interval.
 */
@Startup
@Singleton
@DependsOn("Installation")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    AuditSealing sealing;

    @Inject
    @ConfigProperty(name = "threeds.audit.seal-interval-ms", defaultValue = "250")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "threeds.audit.sealer-lease-ms", defaultValue = "3000")
    long leaseMillis;

    private final String instance = host() + "/" + UUID.randomUUID();
    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        task = scheduler.scheduleWithFixedDelay(this::seal, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void cancel() {
        task.cancel(false);
    }

    void seal() {
        try {
            while (sealing.sealNext(instance, Duration.ofMillis(leaseMillis)) == AuditSealing.BATCH) {
                LOG.fine("a full batch sealed; sealing the next at once");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sealing the audit trail failed; retried at the next interval", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
