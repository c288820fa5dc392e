package io.threeds.gateway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.threeds.gateway.merchant.ApiKeys;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.ApiKey;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <api key>}: resolves the key by its hash; anything else is 401. A
 * partner key must also name the merchant it acts for in {@code Merchant-Id} (400 without it); a
 * merchant the partner is not linked to is 404 whether it exists or not. The caller is known before
 * that check, so a refused partner request is audited like any other.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
    public static final String MERCHANT_ID = "Merchant-Id";
    private static final String PREFIX = "Bearer ";

    @EJB
    ApiKeys apiKeys;

    @EJB
    MerchantAdministration administration;

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
        if (role == Role.PARTNER) {
            callerContext.set(new Caller(role, apiKey.getPrincipalId(), apiKey.getPrincipalName(),
                    actedFor(apiKey.getPrincipalId(), request.getHeaderString(MERCHANT_ID))));
        }
    }

    private String actedFor(String partnerId, String merchantId) {
        if (merchantId == null || merchantId.isBlank()) {
            throw ValidationException.of(MERCHANT_ID, "header is required with a partner key");
        }
        String id = merchantId.trim();
        if (id.length() > 36 || !administration.partnerActsFor(partnerId, id)) {
            throw GatewayException.notFound("merchant");
        }
        return id;
    }

    private static GatewayException unauthorized(String detail) {
        return new GatewayException("unauthorized", "Unauthorized", 401, detail);
    }
}
