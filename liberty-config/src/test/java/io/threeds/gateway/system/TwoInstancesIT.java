package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one PostgreSQL, no sticky sessions (PostgreSQL pass only): a second Liberty
 * server, a copy of the first with its own ports, started by this test. The provider simulators keep
 * their state in their own server's memory, so the second instance is pointed at the first's simulators,
 * as two real instances share one real provider.
 */
class TwoInstancesIT {
    private static final String RETURN_URL = "https://shop.example/checkout/done";
    private static final int PORT = Integer.getInteger("gateway2.port", 9082);
    private static final String SECOND = "http://localhost:" + PORT;
    private static ServerCopy second;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        second = new ServerCopy("threeds2");
        Files.writeString(second.folder().resolve("configDropins/overrides/zz-second-instance.xml"), """
                <server>
                  <variable name="threeds.http.port" value="%d"/>
                  <variable name="threeds.https.port" value="%d"/>
                  <variable name="threeds.sandbox.http.port" value="%d"/>
                </server>
                """.formatted(PORT, PORT + 363, PORT + 1));
        Path env = second.folder().resolve("server.env");
        Files.writeString(env, Files.readString(env)
                .replaceAll("(?m)^THREEDS_PUBLIC_BASE_URL=.*$", "THREEDS_PUBLIC_BASE_URL=" + SECOND)
                .replaceAll("(?m)^THREEDS_SANDBOX_BASE_URL=.*$", "THREEDS_SANDBOX_BASE_URL=" + Sandbox.URL));
        second.start(Map.of(), SECOND + "/health/ready");
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        second.stop();
    }

    @Test
    void aBrowserStepStartedOnOneInstanceFinishesOnTheOther() {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002503", RETURN_URL));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String hostedPage = created.json().getJsonObject("nextAction").getString("url");
        assertTrue(hostedPage.startsWith(Gateway.URL), hostedPage);

        // The shopper opens the hosted page on the second instance; the issuer sends it back to the
        // return URL the first instance gave the provider.
        URI back = new Shopper(RETURN_URL).authenticate(SECOND + hostedPage.substring(Gateway.URL.length()), "1234");
        assertTrue(back.toString().startsWith(RETURN_URL), back.toString());
        JsonObject done = Gateway.get(SECOND + "/api/v1/authentications/" + id, merchant.key()).json();
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("Y", done.getString("transStatus"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                id, "browser.started"));
    }

    @Test
    void webhooksAreSentOnceAndOverdueStepsExpireOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Answer merchant = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), "{\"name\":\"two-"
                    + UUID.randomUUID() + "\",\"defaultProvider\":\"worldline\",\"webhookUrl\":\"http://localhost:"
                    + receiver.getAddress().getPort() + "/hooks\"}");
            assertEquals(201, merchant.status(), merchant.body());
            String key = merchant.json().getString("apiKey");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String base = i % 2 == 0 ? Gateway.URL : SECOND;
                Answer created = Gateway.send(Gateway.request(base + "/api/v1/authentications", key)
                        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Gateway.authenticationRequest(
                                Gateway.reference(), "4000000000002701", RETURN_URL))));
                assertEquals(201, created.status(), created.body());
                ids.add(created.json().getString("id"));
            }
            // A pending step past its time: both instances' sweeps see it, one expires it.
            Answer pending = Gateway.createAuthentication(key, UUID.randomUUID().toString(),
                    Gateway.authenticationRequest(Gateway.reference(), "4000000000002503", RETURN_URL));
            String overdue = pending.json().getString("id");
            Database.update("UPDATE authentication SET expires_at = ? WHERE id = ?",
                    LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), overdue);
            ids.add(overdue);

            awaitUntil(() -> ids.stream().allMatch(id -> received.stream().anyMatch(body -> dataId(body).equals(id))));
            Thread.sleep(3000); // both instances' outbox loops run every second: time for a duplicate to show
            List<String> eventIds = received.stream().map(body -> json(body).getString("id")).toList();
            assertEquals(eventIds.size(), eventIds.stream().distinct().count(), "each webhook sent once: " + eventIds);
            assertEquals(ids.size(), eventIds.size());
            assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ? AND type = ?",
                    overdue, "authentication.expired"));
        } finally {
            receiver.stop(0);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not delivered within 30 s");
            }
            Thread.sleep(200);
        }
    }

    private static String dataId(String body) {
        return json(body).getJsonObject("data").getString("id");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
