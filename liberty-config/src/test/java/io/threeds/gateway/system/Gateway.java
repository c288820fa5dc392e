package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The running gateway, seen from a merchant's server: plain HTTP, no knowledge of its insides. */
final class Gateway {
    static final String URL = System.getProperty("gateway.url", "http://localhost:9080");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static String adminKey;

    private Gateway() {
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            LeakLedger.received(response.body());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("gateway unreachable at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : URL + path));
        return key == null ? builder : builder.header("Authorization", "Bearer " + key);
    }

    static Answer get(String path, String key) {
        return send(request(path, key).GET());
    }

    static Answer postJson(String path, String key, String body) {
        LeakLedger.sent(body);
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Answer createAuthentication(String key, String idempotencyKey, String body) {
        LeakLedger.sent(body);
        return send(request("/api/v1/authentications", key).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A new authentication (201) for a shopper whose browser speaks {@code language}, for tests about the hosted
     * page. On a loaded machine a simulator may miss the tests' 3-second provider timeout (504): those tests are
     * about the page, so it asks once more.
     */
    static Answer createForShopper(String key, String card, String returnUrl, String language) {
        String request = authenticationRequest(reference(), card, returnUrl)
                .replace("\"language\": \"en-US\"", "\"language\": \"" + language + "\"");
        Answer created = createAuthentication(key, UUID.randomUUID().toString(), request);
        if (created.status() == 504) {
            created = createAuthentication(key, UUID.randomUUID().toString(), request);
        }
        assertEquals(201, created.status(), created.body());
        return created;
    }

    /** The admin key a fresh sandbox installation logged, once, in the server's log. */
    static synchronized String adminKey() {
        if (adminKey == null) {
            adminKey = loggedKey(Pattern.compile("SANDBOX admin API key \\(shown once\\): (\\S+)"));
            awaitReady();
        }
        return adminKey;
    }

    private static int readiness() {
        try {
            return get("/health/ready", null).status();
        } catch (IllegalStateException unreachable) {
            return 0;
        }
    }

    /**
     * Waits, up to two minutes, for the application to answer: on a loaded machine the server reports
     * itself started (and the installation logs its keys) half a minute before the EAR's web modules are
     * bound, and until then every path is Liberty's "context root not found".
     */
    static void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(120);
        while (readiness() != 200) {
            if (Instant.now().isAfter(deadline)) {
                fail("the gateway is not ready at " + URL);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A key the installation logged. The build's "server started" does not wait for the application, which
     * on a loaded machine may still be migrating and provisioning: wait for the line, and for the application
     * to have started (its web module answers only then), up to two minutes.
     */
    static String loggedKey(Pattern pattern) {
        Instant deadline = Instant.now().plusSeconds(120);
        try {
            while (true) {
                String log = Files.readString(Path.of(System.getProperty("gateway.log")));
                Matcher matcher = pattern.matcher(log);
                if (matcher.find() && log.contains("CWWKZ0001I: Application threeds started")) {
                    return matcher.group(1);
                }
                if (Instant.now().isAfter(deadline)) {
                    return fail("the server log has no line matching " + pattern);
                }
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server log", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new merchant with its own key, so each test owns its data. */
    static Merchant newMerchant(String defaultProvider) {
        Answer created = postJson("/api/v1/merchants", adminKey(),
                "{\"name\":\"it-" + UUID.randomUUID() + "\",\"defaultProvider\":\"" + defaultProvider + "\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject json = created.json();
        assertTrue(json.getString("apiKey").length() >= 22);
        return new Merchant(json.getString("id"), json.getString("apiKey"));
    }

    /** A new merchant whose branding shows shoppers (and auditors) {@code displayName}. */
    static Merchant newMerchant(String defaultProvider, String displayName) {
        Answer created = postJson("/api/v1/merchants", adminKey(), Json.createObjectBuilder()
                .add("name", "it-" + UUID.randomUUID()).add("defaultProvider", defaultProvider)
                .add("branding", Json.createObjectBuilder().add("displayName", displayName)).build().toString());
        assertEquals(201, created.status(), created.body());
        return new Merchant(created.json().getString("id"), created.json().getString("apiKey"));
    }

    static String newAuditorKey() {
        Answer created = postJson("/api/v1/auditors", adminKey(), "{\"name\":\"auditor-" + UUID.randomUUID() + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getString("apiKey");
    }

    record Merchant(String id, String key) {
    }

    /** A complete, valid request for one card; {@code returnUrl} is where the shopper ends. */
    static String authenticationRequest(String reference, String card, String returnUrl) {
        LeakLedger.sent("{\"number\": \"" + card + "\"}");
        return """
                {"merchantReference": "%s", "amount": {"value": 1000, "currency": "EUR"},
                 "card": {"number": "%s", "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe",
                          "securityCode": "123"},
                 "billing": {"firstName": "Jane", "lastName": "Doe", "line1": "1 Market St", "city": "San Francisco",
                             "postalCode": "94105", "state": "CA", "country": "US"},
                 "customer": {"email": "jane@example.com", "phone": "+14158880000", "accountAgeDays": 400},
                 "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0 (X11; Linux x86_64)",
                             "ipAddress": "192.0.2.10", "language": "en-US", "colorDepth": 24, "screenHeight": 1080,
                             "screenWidth": 1920, "timeZoneOffsetMinutes": -60, "javaEnabled": false,
                             "javascriptEnabled": true},
                 "challengePreference": "NO_PREFERENCE", "returnUrl": "%s"}""".formatted(reference, card, returnUrl);
    }

    /** A request with a card encrypted in the shopper's browser by verifone.js instead of its number. */
    static String encryptedCardRequest(String reference, String encryptedCard, String returnUrl) {
        return """
                {"merchantReference": "%s", "amount": {"value": 1000, "currency": "EUR"}, "provider": "verifone",
                 "card": {"encrypted": "%s", "publicKeyAlias": "sandbox-key-1", "expiryMonth": 12, "expiryYear": 2030},
                 "customer": {"email": "jane@example.com"},
                 "returnUrl": "%s"}""".formatted(reference, encryptedCard, returnUrl);
    }

    static String reference() {
        return "order-" + UUID.randomUUID();
    }
}
