package io.threeds.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fresh merchant (default provider worldline) for one benchmark run, created with the admin key. */
final class Merchants {
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");

    private Merchants() {
    }

    static String create(String url, String adminKey) {
        if (adminKey == null || adminKey.isBlank()) {
            throw new IllegalStateException("-Dgateway.adminKey is required (scripts/bench.sh reads it from the log)");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/merchants"))
                .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench-" + UUID.randomUUID()
                        + "\",\"defaultProvider\":\"worldline\"}"))
                .build();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            Matcher key = API_KEY.matcher(created.body());
            if (created.statusCode() != 201 || !key.find()) {
                throw new IllegalStateException("cannot create the benchmark's merchant: HTTP "
                        + created.statusCode() + " " + created.body());
            }
            return key.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the gateway at " + url + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
