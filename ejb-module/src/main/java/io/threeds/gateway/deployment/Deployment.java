package io.threeds.gateway.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this deployment is, for the code that behaves differently in the sandbox. An unset or unknown
 * profile counts as production here (the stricter choice); {@link ProductionChecks} refuses to start with it.
 */
@ApplicationScoped
public class Deployment {
    @Inject
    @ConfigProperty(name = Profile.SETTING)
    Optional<String> profile;

    public boolean isSandbox() {
        return profile.flatMap(Profile::named).orElse(Profile.PRODUCTION) == Profile.SANDBOX;
    }
}
