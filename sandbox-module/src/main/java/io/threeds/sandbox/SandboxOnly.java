package io.threeds.sandbox;

import io.threeds.gateway.deployment.Deployment;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * The simulators hold public secrets and answer anyone: outside the sandbox profile this module refuses
 * to start, and with it the gateway's application (one EAR), naming the setting and the way out.
 */
@WebListener
public class SandboxOnly implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SandboxOnly.class.getName());

    @Inject
    Deployment deployment;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!deployment.isSandbox()) {
            LOG.severe("REFUSING TO START: the sandbox simulators are deployed while threeds.profile (THREEDS_PROFILE) is "
                    + "not sandbox: build the EAR without them (mvn -P!sandbox) for production");
            throw new IllegalStateException("the sandbox simulators refuse to run outside the sandbox profile");
        }
    }
}
