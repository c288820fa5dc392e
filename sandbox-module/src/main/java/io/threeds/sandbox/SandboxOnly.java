package io.threeds.sandbox;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The simulators hold public secrets and answer anyone: outside the sandbox profile this module refuses
 * to start, and with it the gateway's application (one EAR), naming the setting and the way out.
 */
@WebListener
public class SandboxOnly implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SandboxOnly.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String profile = ConfigProvider.getConfig(SandboxOnly.class.getClassLoader())
                .getOptionalValue("threeds.profile", String.class).orElse("unset");
        if (!"sandbox".equalsIgnoreCase(profile.trim())) {
            LOG.severe("REFUSING TO START: the sandbox simulators are deployed while threeds.profile (THREEDS_PROFILE) is "
                    + profile + ": build the EAR without them (mvn -P!sandbox) for production");
            throw new IllegalStateException("the sandbox simulators refuse to run outside the sandbox profile");
        }
    }
}
