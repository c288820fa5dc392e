package io.threeds.gateway.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.util.Arrays;

/** 403 for a role the method's {@link Allowed} does not name; a method without it admits no one. */
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Inject
    CallerContext callerContext;

    @Override
    public void filter(ContainerRequestContext request) {
        Allowed allowed = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Allowed.class);
        Caller caller = callerContext.get();
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(role -> role == caller.role())) {
            throw new GatewayException(ProblemType.FORBIDDEN,
                    "role " + caller.role().wireName() + " may not call this operation");
        }
    }
}
