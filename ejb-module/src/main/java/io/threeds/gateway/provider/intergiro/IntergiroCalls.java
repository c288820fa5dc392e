package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.provider.ProviderReply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Every call to Intergiro through {@link IntergiroClient}, under one timeout, circuit breaker and bulkhead for
 * the provider, outside any transaction; no {@code @Retry}: a call that timed out may have reached the
 * provider. Overridable through MP Config as
 * {@code io.threeds.gateway.provider.intergiro.IntergiroCalls/Bulkhead/value} and so on. They sit on this bean, not
 * on the REST client interface, because Liberty reads a client interface's overrides under its JDK proxy's
 * class name when it calls, so they never applied. The breaker skips our own bulkhead's refusals: a full
 * bulkhead is the gateway's load, not the provider failing.
 */
@ApplicationScoped
@Timeout(8000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30000, successThreshold = 2,
        skipOn = BulkheadException.class)
@Bulkhead(50)
public class IntergiroCalls {

    /** Runs one call to the provider, its answer read whole, under this bean's fault tolerance. */
    public ProviderReply send(Supplier<ProviderReply> call) {
        return call.get();
    }
}
