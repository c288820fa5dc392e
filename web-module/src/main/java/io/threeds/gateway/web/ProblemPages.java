package io.threeds.gateway.web;

import io.threeds.gateway.web.problem.ProblemTypesResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

@ApplicationPath("/problems")
public class ProblemPages extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProblemTypesResource.class);
    }
}
