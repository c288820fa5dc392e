package io.threeds.gateway.web.security;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.merchant.ApiKeys;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.ApiKey;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.ratelimit.Refusals;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalTime;
import java.util.Map;
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

    @EJB
    Refusals refusals;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw refused("missing bearer credentials");
        }
        String key = header.substring(PREFIX.length()).trim();
        Optional<ApiKey> found = key.isEmpty() || key.length() > 200 ? Optional.empty() : apiKeys.find(key);
        ApiKey apiKey = found.orElseThrow(() -> refused("unknown API key"));
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

    /**
     * 401, audited (PCI DSS 10.2.1.4) in a form no one can flood the trail with: the first refusal of a client
     * address in a minute is an {@code api_key.refused} event, the rest are counted; an address past its
     * limit gets 429.
     */
    private GatewayException refused(String detail) {
        String address = servletRequest.getRemoteAddr();
        switch (refusals.count("api-key", address)) {
            case RECORD -> audit.append(new AuditEntry("api_key.refused", "anonymous", "none", null, null, "REFUSED",
                    Map.of("reason", detail, "clientAddress", address,
                            "note", "first refusal of this address this minute; later ones are counted, not audited")));
            case THROTTLE -> {
                return new GatewayException(ProblemType.RATE_LIMITED,
                        "too many refused requests from this address; retry in the next minute")
                        .with("retryAfter", String.valueOf(60 - LocalTime.now().getSecond()));
            }
            case COUNT -> { }
        }
        return new GatewayException(ProblemType.UNAUTHORIZED, detail);
    }
}
