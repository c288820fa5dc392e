package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.threeds.gateway.system.Gateway.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks (API.md §4): signed, delivered at least once from the outbox, retried after a failure. */
class WebhookIT {
    private HttpServer receiver;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void listen() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToAnswer.getAndDecrement() > 0 ? 500 : 204;
            received.add(Map.of("body", body, "signature",
                    String.valueOf(exchange.getRequestHeaders().getFirst("Threeds-Signature")),
                    "status", String.valueOf(status)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void close() {
        receiver.stop(0);
    }

    @Test
    void aCompletedAuthenticationIsSignedAndDelivered() throws Exception {
        JsonObject merchant = merchantWithWebhook();
        String id = authenticate(merchant.getString("apiKey"));
        Map<String, String> delivery = await(1).get(0);
        JsonObject body = json(delivery.get("body"));
        assertEquals("authentication.completed", body.getString("type"));
        assertEquals(id, body.getJsonObject("data").getString("id"));
        assertEquals("Y", body.getJsonObject("data").getString("transStatus"));
        assertNotNull(body.getString("id"), "lets the merchant drop duplicates");
        assertSigned(delivery, merchant.getString("webhookSecret"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM webhook_delivery WHERE authentication_id = ? "
                + "AND delivered_at IS NOT NULL", id));
    }

    @Test
    void aFailedDeliveryIsRetried() throws Exception {
        failuresToAnswer.set(1);
        JsonObject merchant = merchantWithWebhook();
        String id = authenticate(merchant.getString("apiKey"));
        List<Map<String, String>> deliveries = await(2);
        assertEquals("500", deliveries.get(0).get("status"));
        assertEquals("204", deliveries.get(1).get("status"));
        assertEquals(json(deliveries.get(0).get("body")).getString("id"), json(deliveries.get(1).get("body"))
                .getString("id"), "the same webhook, delivered again");
        Map<String, Object> row = Database.rows("SELECT attempts, delivered_at, last_status FROM webhook_delivery "
                + "WHERE authentication_id = ?", id).get(0);
        assertEquals(2, ((Number) row.get("attempts")).intValue());
        assertNotNull(row.get("delivered_at"));
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheOverlapThenAlone() throws Exception {
        JsonObject merchant = merchantWithWebhook();
        String old = merchant.getString("webhookSecret");
        String path = "/api/v1/merchants/" + merchant.getString("id") + "/webhook-secret";
        Answer rotated = Gateway.postJson(path, Gateway.adminKey(), "{\"overlapHours\":2}");
        assertEquals(201, rotated.status(), rotated.body());
        assertEquals("no-store", rotated.header("Cache-Control"));
        String current = rotated.json().getString("webhookSecret");
        authenticate(merchant.getString("apiKey"));
        assertSigned(await(1).get(0), current, old);

        assertEquals(List.of("overlapHours"), AuditApi.violatedFields(Gateway.postJson(path, Gateway.adminKey(),
                "{\"overlapHours\":169}")));
        Answer again = Gateway.postJson(path, Gateway.adminKey(), "{\"overlapHours\":0}");
        assertEquals(201, again.status(), again.body());
        authenticate(merchant.getString("apiKey"));
        assertSigned(await(2).get(1), again.json().getString("webhookSecret"));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_event WHERE merchant_id = ? AND type = ?",
                merchant.getString("id"), "webhook_secret.rotated"));
        assertEquals(403, Gateway.postJson(path, merchant.getString("apiKey"), "{}").status(), "admins only");
    }

    private JsonObject merchantWithWebhook() {
        Answer created = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), "{\"name\":\"hooks-"
                + UUID.randomUUID() + "\",\"defaultProvider\":\"worldline\",\"webhookUrl\":\"http://localhost:"
                + receiver.getAddress().getPort() + "/hooks\"}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().getString("webhookSecret").startsWith("whsec_"));
        return created.json();
    }

    private static String authenticate(String key) {
        Answer answer = Gateway.createAuthentication(key, UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"));
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getString("id");
    }

    private List<Map<String, String>> await(int count) throws InterruptedException {
        // The dispatcher runs every second in the test server; the first retry comes 10 seconds later.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(count, received.size(), "webhooks received");
        return received;
    }

    /** Signed by these secrets, in this order: one {@code v1=} each. */
    private static void assertSigned(Map<String, String> delivery, String... secrets) throws Exception {
        String header = delivery.get("signature");
        String t = header.substring(2, header.indexOf(','));
        StringBuilder expected = new StringBuilder("t=" + t);
        for (String secret : secrets) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            expected.append(",v1=").append(HexFormat.of().formatHex(mac.doFinal((t + "." + delivery.get("body"))
                    .getBytes(StandardCharsets.UTF_8))));
        }
        assertEquals(expected.toString(), header);
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 120);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
