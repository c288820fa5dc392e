package io.threeds.gateway.web.health;

import io.threeds.gateway.provider.ProviderRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Readiness reports each provider's circuit breaker (API.md §7), read from MicroProfile Fault
 * Tolerance's own gauge {@code ft.circuitbreaker.state.current} (1 for the state a client method is in).
 * An open circuit does not make the gateway unready: the other providers still work, and the
 * gateway answers that provider's calls with 503 and Retry-After.
 */
@Readiness
@ApplicationScoped
public class ProviderCircuitsReadiness implements HealthCheck {
    private static final String STATE = "ft.circuitbreaker.state.current";

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @Inject
    ProviderRegistry providers;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> states = new TreeMap<>();
        providers.ids().forEach(id -> states.put(id, "closed"));
        for (Map.Entry<MetricID, Gauge> gauge : base.getGauges((id, metric) -> STATE.equals(id.getName()))
                .entrySet()) {
            Number value = gauge.getValue().getValue();
            String state = gauge.getKey().getTags().get("state");
            String provider = providerOf(gauge.getKey().getTags().getOrDefault("method", ""));
            if (value != null && value.intValue() == 1 && provider != null && !"closed".equals(state)) {
                states.merge(provider, state, (known, found) -> "open".equals(known) ? known : found);
            }
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("providers").up();
        states.forEach(response::withData);
        return response.build();
    }

    /** {@code io.threeds.gateway.provider.worldline.WorldlineClient.createPayment} is worldline's. */
    private static String providerOf(String method) {
        String marker = ".provider.";
        int start = method.indexOf(marker);
        if (start < 0) {
            return null;
        }
        int end = method.indexOf('.', start + marker.length());
        return end < 0 ? null : method.substring(start + marker.length(), end);
    }
}
