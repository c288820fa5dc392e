package io.threeds.gateway.deployment;

import io.threeds.gateway.card.DataKeyring;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings a production deployment must not start with, each problem one line naming its setting:
 * the profile itself unset or unknown; sandbox keys or short ones; sandbox provider credentials; provider,
 * Songbird or public URLs that are not https or point at the simulators or this machine; {@code /metrics}
 * open; H2's {@code AUTO_SERVER}; the verifone capture key not pinned. The sandbox profile has only the first.
 */
public final class ProductionChecks {
    /** The sandbox's development keys, public in this repository. */
    static final Set<String> SANDBOX_SECRETS = Set.of("ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=",
            "dev-only-card-fingerprint-key", "dev-only-audit-signing-key");
    static final List<String> PROVIDERS = List.of("worldline", "paysafe", "intergiro", "firstoken", "verifone");
    static final List<String> CREDENTIALS = List.of("worldline.api-key-id", "worldline.api-secret", "paysafe.api-user",
            "paysafe.api-password", "intergiro.api-key", "firstoken.api-key", "verifone.api-user", "verifone.api-key");
    private static final int MIN_SECRET_BYTES = 32;
    private static final int MIN_PASSWORD_CHARS = 16;
    /** 128 bits: 22 characters of base64url or 32 of hex; fewer distinct characters than that is no key. */
    private static final int MIN_ADMIN_KEY_CHARS = 32;
    private static final int MIN_ADMIN_KEY_DISTINCT = 12;

    private final Function<String, Optional<String>> settings;
    private final List<String> problems = new ArrayList<>();

    private ProductionChecks(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** Every problem found in the settings given (a name to its value, if any). */
    public static List<String> of(Function<String, Optional<String>> settings) {
        ProductionChecks checks = new ProductionChecks(settings);
        Optional<Profile> profile = settings.apply(Profile.SETTING).flatMap(Profile::named);
        if (profile.isEmpty()) {
            checks.problems.add(Profile.SETTING + " (THREEDS_PROFILE) must be set to sandbox or production, is "
                    + settings.apply(Profile.SETTING).map(v -> "'" + v + "'").orElse("unset"));
        } else if (profile.get() == Profile.PRODUCTION) {
            checks.production();
        }
        return List.copyOf(checks.problems);
    }

    private void production() {
        dataKeys();
        secret("threeds.card.hmac-key");
        secret("threeds.audit.signing-key");
        CREDENTIALS.forEach(this::credential);
        PROVIDERS.forEach(provider -> remoteUrl(provider + "/mp-rest/url"));
        remoteUrl("verifone.songbird-url");
        remoteUrl("threeds.public-base-url");
        if (!"true".equalsIgnoreCase(value("threeds.metrics.authentication"))) {
            problems.add("threeds.metrics.authentication (THREEDS_METRICS_AUTHENTICATION) must be true: /metrics is "
                    + "open");
        }
        if (value("threeds.db.url") != null && value("threeds.db.url").toUpperCase(Locale.ROOT).contains("AUTO_SERVER")) {
            problems.add("threeds.db.url (THREEDS_DB_URL) must not use H2's AUTO_SERVER: it opens a TCP port to the "
                    + "database");
        }
        adminKey();
        String metricsPassword = value("threeds.metrics.password");
        if (metricsPassword == null || metricsPassword.length() < MIN_PASSWORD_CHARS) {
            problems.add("threeds.metrics.password (THREEDS_METRICS_PASSWORD) must be set, at least "
                    + MIN_PASSWORD_CHARS + " characters, for /metrics behind credentials");
        }
        if (value("verifone.capture-key-fingerprint") == null) {
            problems.add("verifone.capture-key-fingerprint (VERIFONE_CAPTURE_KEY_FINGERPRINT) must pin the SHA-256 "
                    + "fingerprint of verifone's card capture key");
        }
    }

    private void dataKeys() {
        String keys = value("threeds.data-keys");
        try {
            DataKeyring.parse(keys);
        } catch (IllegalArgumentException e) {
            problems.add("threeds.data-keys (THREEDS_DATA_KEYS): " + e.getMessage());
            return;
        }
        for (String entry : keys.split(",")) {
            if (SANDBOX_SECRETS.contains(entry.substring(entry.indexOf(':') + 1).trim())) {
                problems.add("threeds.data-keys (THREEDS_DATA_KEYS) holds the sandbox's development key "
                        + entry.substring(0, entry.indexOf(':')).trim());
            }
        }
    }

    private void secret(String name) {
        String secret = value(name);
        if (secret == null || SANDBOX_SECRETS.contains(secret)) {
            problems.add(name + " (" + variable(name) + ") is unset or the sandbox's development key");
        } else if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            problems.add(name + " (" + variable(name) + ") must be at least " + MIN_SECRET_BYTES + " bytes");
        }
    }

    /** The operator's admin key, when given, must be a random one. */
    private void adminKey() {
        String key = value("THREEDS_ADMIN_API_KEY");
        if (key != null && (key.length() < MIN_ADMIN_KEY_CHARS || key.chars().distinct().count() < MIN_ADMIN_KEY_DISTINCT)) {
            problems.add("THREEDS_ADMIN_API_KEY must hold at least 128 random bits (" + MIN_ADMIN_KEY_CHARS
                    + " characters or more, not a word or a repetition)");
        }
    }

    private void credential(String name) {
        String credential = value(name);
        if (credential == null || credential.startsWith("sandbox-")) {
            problems.add(name + " (" + variable(name) + ") is unset or a sandbox credential");
        }
    }

    private void remoteUrl(String name) {
        String url = value(name);
        URI uri;
        try {
            uri = url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null) {
            problems.add(name + " (" + variable(name) + ") is not a URL: " + url);
        } else if (!"https".equals(uri.getScheme())) {
            problems.add(name + " (" + variable(name) + ") must be https: " + url);
        } else if (uri.getPath() != null && uri.getPath().startsWith("/sandbox")) {
            problems.add(name + " (" + variable(name) + ") points at the sandbox simulators: " + url);
        } else if (Set.of("localhost", "127.0.0.1", "[::1]", "0.0.0.0").contains(uri.getHost().toLowerCase(Locale.ROOT))
                || uri.getHost().startsWith("127.")) {
            problems.add(name + " (" + variable(name) + ") points at this machine: " + url);
        }
    }

    private String value(String name) {
        return settings.apply(name).filter(v -> !v.isBlank()).orElse(null);
    }

    /** The environment variable MicroProfile Config maps to a setting. */
    static String variable(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
