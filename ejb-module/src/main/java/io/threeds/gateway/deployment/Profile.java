package io.threeds.gateway.deployment;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code threeds.profile} ({@code THREEDS_PROFILE}), which has no default: a deployment says what it is.
 * {@code sandbox} provisions demo keys, logs generated keys, runs the simulators and accepts {@code http}
 * on localhost; {@code production} does none of these and refuses to start with any sandbox setting.
 */
public enum Profile {
    SANDBOX, PRODUCTION;

    public static final String SETTING = "threeds.profile";

    /** The profile named, or empty when the value is none of them. */
    public static Optional<Profile> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
