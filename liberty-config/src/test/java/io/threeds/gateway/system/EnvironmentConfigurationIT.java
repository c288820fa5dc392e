package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as a user runs it: a copy of the built server without the test build's settings (its
 * server.env lines and variable overrides, which win over the environment), started with a few of the
 * README's variables set, each of which it must honour. On PostgreSQL it joins the suite's database,
 * already installed, so the suite's admin key is the one that works there.
 */
class EnvironmentConfigurationIT {
    private static final int PORT = 9086;
    private static final String URL = "http://localhost:" + PORT;
    private static final String ADMIN_KEY = "tds_a_" + UUID.randomUUID().toString().replace("-", "") + "envtest";
    private static ServerCopy server;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        server = new ServerCopy("threeds-env");
        server.withoutTestSettings("THREEDS");
        dataDir = Files.createTempDirectory("threeds-env-data");
        Map<String, String> environment = new HashMap<>(Map.of(
                "THREEDS_PROFILE", "sandbox",
                "THREEDS_HTTP_PORT", String.valueOf(PORT),
                "THREEDS_HTTPS_PORT", String.valueOf(PORT + 363),
                "THREEDS_SANDBOX_HTTP_PORT", String.valueOf(PORT + 1),
                "THREEDS_PUBLIC_BASE_URL", URL,
                "THREEDS_SANDBOX_BASE_URL", "http://localhost:" + (PORT + 1),
                "THREEDS_RATE_LIMIT_PER_MINUTE", "3",
                "THREEDS_DATA_DIR", dataDir.toString()));
        String databaseUrl = System.getProperty("db.url");
        if (!postgresql()) {
            environment.put("THREEDS_ADMIN_API_KEY", ADMIN_KEY);
        } else {
            // The PostgreSQL pass: the gateway's role on the suite's database, as production connects.
            environment.putAll(Map.of("THREEDS_DB_URL", databaseUrl,
                    "THREEDS_DB_USER", System.getProperty("db.application.user"),
                    "THREEDS_DB_PASSWORD", System.getProperty("db.application.password"),
                    "THREEDS_DB_OWNER_USER", System.getProperty("db.user"),
                    "THREEDS_DB_OWNER_PASSWORD", System.getProperty("db.password")));
        }
        server.start(environment, URL + "/health/ready");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static boolean postgresql() {
        return System.getProperty("db.url").startsWith("jdbc:postgresql:");
    }

    private static String adminKey() {
        return postgresql() ? Gateway.adminKey() : ADMIN_KEY;
    }

    @Test
    void itListensWhereToldAndTakesTheAdminKeyItWasGiven() {
        Answer auditors = Gateway.postJson(URL + "/api/v1/auditors", adminKey(),
                "{\"name\":\"env-" + UUID.randomUUID() + "\"}");
        assertEquals(201, auditors.status(), auditors.body());
        assertEquals(200, Gateway.get("http://localhost:" + (PORT + 1) + "/sandbox/worldline/calls?limit=1", null)
                .status(), "the simulators on their own port");
    }

    @Test
    void itKeepsItsDataWhereToldAndLimitsAsTold() {
        Answer created = Gateway.postJson(URL + "/api/v1/merchants", adminKey(),
                "{\"name\":\"env-" + UUID.randomUUID() + "\",\"defaultProvider\":\"worldline\"}");
        assertEquals(201, created.status(), created.body());
        String merchantId = created.json().getString("id");
        if (postgresql()) {
            assertEquals(1, Database.count("SELECT COUNT(*) FROM merchant WHERE id = ?", merchantId),
                    "the merchant is in the database THREEDS_DB_URL named");
        } else {
            assertTrue(Files.exists(dataDir.resolve("threeds.mv.db")), "the H2 file is in THREEDS_DATA_DIR");
            assertEquals(0, Database.count("SELECT COUNT(*) FROM merchant WHERE id = ?", merchantId),
                    "not in the test build's database");
        }
        String key = created.json().getString("apiKey");
        int[] statuses = new int[4];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = Gateway.get(URL + "/api/v1/authentications?merchantReference=x", key).status();
        }
        assertEquals("[200, 200, 200, 429]", java.util.Arrays.toString(statuses), "THREEDS_RATE_LIMIT_PER_MINUTE=3");
    }
}
