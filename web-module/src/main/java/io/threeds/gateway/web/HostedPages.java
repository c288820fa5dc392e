package io.threeds.gateway.web;

import io.threeds.gateway.web.hosted.HostedPageResource;
import io.threeds.gateway.web.hosted.RefusedPageMapper;
import io.threeds.gateway.web.problem.UnexpectedExceptionMapper;
import io.threeds.gateway.web.security.BodyLimit;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The shopper's browser side (API.md §3): no API key, each request proves itself by its token or provider data. */
@ApplicationPath("/3ds")
public class HostedPages extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HostedPageResource.class, BodyLimit.class, RefusedPageMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
