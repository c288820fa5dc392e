package io.threeds.gateway.web.security;

import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.ratelimit.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * 429 with Retry-After for a merchant or partner over its per-minute limit; runs after the role
 * check, so only admitted calls count. Auditors and admins are not limited.
 */
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimit implements ContainerRequestFilter {
    private static final Set<Role> LIMITED = Set.of(Role.MERCHANT, Role.PARTNER);

    @EJB
    RateLimiter limiter;

    @Inject
    CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        if (LIMITED.contains(callerContext.get().role())) {
            limiter.admit(callerContext.get());
        }
    }
}
