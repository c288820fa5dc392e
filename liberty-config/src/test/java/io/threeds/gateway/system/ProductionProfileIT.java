package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built server started as production with the sandbox's settings left in place (the mistake this
 * guards against): it logs one refusal per unsafe setting, naming it, never becomes ready, opens no plain
 * HTTP port, answers with HSTS, keeps /metrics behind credentials and writes no database.
 */
class ProductionProfileIT {
    private static final int HTTP_PORT = 9088;
    private static final int HTTPS_PORT = 9089;
    private static ServerCopy server;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        server = new ServerCopy("threeds-production");
        server.withoutTestSettings("THREEDS|VERIFONE");
        dataDir = Files.createTempDirectory("threeds-production-data");
        server.launch(Map.of(
                "THREEDS_PROFILE", "production",
                "THREEDS_HTTP_PORT", String.valueOf(HTTP_PORT),
                "THREEDS_HTTPS_PORT", String.valueOf(HTTPS_PORT),
                "THREEDS_SANDBOX_HTTP_PORT", "9090",
                "THREEDS_PUBLIC_BASE_URL", "https://localhost:" + HTTPS_PORT,
                "THREEDS_TLS_KEYSTORE_PASSWORD", "production-test-keystore",
                "THREEDS_METRICS_USER", "metrics",
                "THREEDS_METRICS_PASSWORD", "short",
                "THREEDS_DATA_DIR", dataDir.toString()));
        Instant deadline = Instant.now().plusSeconds(180);
        while (!server.messages().contains("CWWKZ0002E") || !server.messages().contains("CWWKF0011I")) {
            if (Instant.now().isAfter(deadline)) {
                fail("the application neither failed nor the server started; see " + server.folder());
            }
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void eachUnsafeSettingIsRefusedByName() throws IOException {
        String log = server.messages();
        for (String problem : List.of(
                "threeds.data-keys (THREEDS_DATA_KEYS) holds the sandbox's development key dev1",
                "threeds.card.hmac-key (THREEDS_CARD_HMAC_KEY) is unset or the sandbox's development key",
                "threeds.audit.signing-key (THREEDS_AUDIT_SIGNING_KEY) is unset or the sandbox's development key",
                "worldline.api-secret (WORLDLINE_API_SECRET) is unset or a sandbox credential",
                "threeds.metrics.password (THREEDS_METRICS_PASSWORD) must be set",
                "verifone.capture-key-fingerprint (VERIFONE_CAPTURE_KEY_FINGERPRINT) must pin")) {
            assertTrue(log.contains("REFUSING TO START: " + problem), problem + " in " + server.folder());
        }
        assertFalse(Files.exists(dataDir.resolve("threeds.mv.db")), "refused before the database was touched");
    }

    @Test
    void itIsNeverReadyAndSpeaksOnlyHttpsWithHsts() throws Exception {
        HttpsURLConnection health = https("/health/ready", null);
        assertEquals(503, health.getResponseCode());
        assertEquals("max-age=31536000; includeSubDomains", health.getHeaderField("Strict-Transport-Security"));
        assertThrows(ConnectException.class, () -> ((HttpURLConnection) URI.create("http://localhost:" + HTTP_PORT
                + "/health/ready").toURL().openConnection()).getResponseCode(), "no plain HTTP port");
    }

    @Test
    void metricsNeedTheConfiguredCredentials() throws Exception {
        assertEquals(401, https("/metrics", null).getResponseCode());
        assertEquals(401, https("/metrics", "metrics:wrong").getResponseCode());
        assertEquals(200, https("/metrics", "metrics:short").getResponseCode());
    }

    /** A call over TLS to the server's own self-signed certificate (trusted here, for this test only). */
    private static HttpsURLConnection https(String path, String basic) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://localhost:" + HTTPS_PORT + path)
                .toURL().openConnection();
        connection.setSSLSocketFactory(tls.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        if (basic != null) {
            connection.setRequestProperty("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(basic.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return connection;
    }
}
