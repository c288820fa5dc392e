package io.threeds.gateway.model;

/**
 * Validation groups for the rules that differ by deployment profile: a request is validated with
 * {@code Default} and its profile's group.
 */
public final class Profiles {
    private Profiles() {
    }

    public interface Production {
    }

    public interface Sandbox {
    }
}
