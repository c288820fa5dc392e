package io.threeds.gateway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.threeds.gateway.merchant.ApiKeys;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.ApiKey;
import io.threeds.gateway.problem.GatewayException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** {@code Authorization: Bearer <api key>}: resolves the key by its hash; anything else is 401. */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
    private static final String PREFIX = "Bearer ";

    @EJB
    ApiKeys apiKeys;

    @Inject
    CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw unauthorized("missing bearer credentials");
        }
        String key = header.substring(PREFIX.length()).trim();
        Optional<ApiKey> found = key.isEmpty() || key.length() > 200 ? Optional.empty() : apiKeys.find(key);
        ApiKey apiKey = found.orElseThrow(() -> unauthorized("unknown API key"));
        Role role = Role.valueOf(apiKey.getRole());
        String merchantId = role == Role.MERCHANT ? apiKey.getPrincipalId() : null;
        callerContext.set(new Caller(role, apiKey.getPrincipalId(), apiKey.getPrincipalName(), merchantId));
    }

    private static GatewayException unauthorized(String detail) {
        return new GatewayException("unauthorized", "Unauthorized", 401, detail);
    }
}
