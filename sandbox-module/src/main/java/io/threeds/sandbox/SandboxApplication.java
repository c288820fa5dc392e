package io.threeds.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The simulators' JAX-RS application; the WAR's context root ({@code /sandbox}) is its base. */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
