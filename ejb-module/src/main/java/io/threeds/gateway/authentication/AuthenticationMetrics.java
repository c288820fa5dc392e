package io.threeds.gateway.authentication;

import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.provider.ProviderExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gateway's own metrics at {@code /metrics} (API.md §7): authentications by provider and outcome,
 * and provider call latency by provider and operation. MP Fault Tolerance adds its own
 * ({@code ft_*}: timeouts, circuit breaker states, bulkheads) for every provider client.
 */
@ApplicationScoped
public class AuthenticationMetrics {
    @Inject
    MetricRegistry registry;

    /** An authentication reached a state worth counting: a browser step, a result, a failure, an expiry. */
    void outcome(Authentication authentication) {
        registry.counter("threeds_authentications_total",
                new Tag("provider", authentication.getProvider()),
                new Tag("state", authentication.getState().name()),
                new Tag("transStatus", Objects.toString(authentication.getResult().getTransStatus(), "none"))).inc();
    }

    void calls(String provider, List<ProviderExchange> exchanges) {
        for (ProviderExchange exchange : exchanges) {
            registry.timer("threeds_provider_call", new Tag("provider", provider),
                    new Tag("operation", exchange.operation()), new Tag("outcome", exchange.outcome()))
                    .update(Duration.ofMillis(exchange.latencyMs()));
        }
    }
}
