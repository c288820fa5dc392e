package io.threeds.gateway.web.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Every API answer is {@code Cache-Control: no-store}: answers carry authentication values, API keys,
 * webhook secrets and hosted-page tokens, and none of them may be kept by a browser, a proxy or a
 * client-side cache (PCI DSS v4 §3.3, §4). Problems included, since they are no less private.
 */
public class NoStore implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Pragma", "no-cache");
    }
}
