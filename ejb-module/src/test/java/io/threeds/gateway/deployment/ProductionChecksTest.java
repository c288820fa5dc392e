package io.threeds.gateway.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionChecksTest {
    private static final String KEY = "k1:q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    /** A production configuration with nothing to refuse. */
    private static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>(Map.of("threeds.profile", "production",
                "threeds.data-keys", KEY,
                "threeds.card.hmac-key", "a-fingerprint-key-of-at-least-32-bytes!",
                "threeds.audit.signing-key", "an-audit-signing-key-of-32-bytes-or-more",
                "threeds.metrics.authentication", "true",
                "threeds.db.url", "jdbc:postgresql://db.internal:5432/threeds",
                "threeds.public-base-url", "https://3ds.example.com",
                "verifone.songbird-url", "https://songbird.cardinalcommerce.com/edge/v1/songbird.js",
                "verifone.capture-key-fingerprint", "3f0c…",
                "threeds.metrics.password", "a-long-metrics-password"));
        ProductionChecks.PROVIDERS.forEach(p -> settings.put(p + "/mp-rest/url", "https://api." + p + ".example"));
        ProductionChecks.CREDENTIALS.forEach(c -> settings.put(c, "live-" + c));
        return settings;
    }

    private static List<String> problems(Map<String, String> settings) {
        return ProductionChecks.of(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void aCleanProductionConfigurationStarts() {
        assertEquals(List.of(), problems(production()));
    }

    @Test
    void theProfileMustBeSetAndKnown() {
        assertEquals(List.of("threeds.profile (THREEDS_PROFILE) must be set to sandbox or production, is unset"),
                problems(Map.of()));
        assertEquals(1, problems(Map.of("threeds.profile", "prod")).size());
        assertEquals(List.of(), problems(Map.of("threeds.profile", "sandbox")), "the sandbox has its defaults");
    }

    @Test
    void eachSandboxSettingIsOneProblemNamingItsSetting() {
        Map<String, String> settings = production();
        settings.put("threeds.data-keys", "k2:" + KEY.substring(3) + ",dev1:ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=");
        settings.put("threeds.card.hmac-key", "short");
        settings.put("paysafe.api-password", "sandbox-password");
        settings.put("worldline/mp-rest/url", "https://gateway.example/sandbox/worldline");
        settings.put("intergiro/mp-rest/url", "http://api.intergiro.example");
        settings.put("firstoken/mp-rest/url", "https://localhost:9081/v1");
        settings.put("threeds.metrics.authentication", "false");
        settings.put("threeds.db.url", "jdbc:h2:file:/data/threeds;AUTO_SERVER=TRUE");
        settings.remove("verifone.capture-key-fingerprint");
        List<String> problems = problems(settings);
        assertEquals(9, problems.size(), String.join("\n", problems));
        for (String setting : List.of("threeds.data-keys (THREEDS_DATA_KEYS) holds the sandbox's development key dev1",
                "threeds.card.hmac-key (THREEDS_CARD_HMAC_KEY) must be at least 32 bytes",
                "paysafe.api-password (PAYSAFE_API_PASSWORD) is unset or a sandbox credential",
                "worldline/mp-rest/url (WORLDLINE_MP_REST_URL) points at the sandbox simulators",
                "intergiro/mp-rest/url (INTERGIRO_MP_REST_URL) must be https",
                "firstoken/mp-rest/url (FIRSTOKEN_MP_REST_URL) points at this machine",
                "threeds.metrics.authentication (THREEDS_METRICS_AUTHENTICATION) must be true",
                "threeds.db.url (THREEDS_DB_URL) must not use H2's AUTO_SERVER",
                "verifone.capture-key-fingerprint (VERIFONE_CAPTURE_KEY_FINGERPRINT) must pin")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(setting)), setting + " in\n" + problems);
        }
    }

    @Test
    void anAdminKeyGivenMustBeRandomAndMetricsNeedAPassword() {
        Map<String, String> weak = production();
        weak.put("THREEDS_ADMIN_API_KEY", "admin-admin-admin-admin-admin-admin");
        weak.remove("threeds.metrics.password");
        List<String> found = problems(weak);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("THREEDS_ADMIN_API_KEY"), found.get(0));
        assertTrue(found.get(1).startsWith("threeds.metrics.password"), found.get(1));
        Map<String, String> strong = production();
        strong.put("THREEDS_ADMIN_API_KEY", "tds_a_9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        assertEquals(List.of(), problems(strong));
    }
}
