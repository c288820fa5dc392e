package io.threeds.gateway.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The gateway process answers; it holds no state that could make it unable to recover. */
@Liveness
@ApplicationScoped
public class GatewayLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gateway");
    }
}
