import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit benchmark's measurement (issue #11), against a gateway started on AuditFixture's database.
 * With an auditor key it issues itself (admin key given): how fast the sealer chains the fixture's
 * pending events (the latest checkpoint's position and sealing time, polled each second until it
 * reaches the events the fixture left), then p50/p95/p99 of {@code --requests} (default 200) sequential
 * requests per auditor query, each after 10 unmeasured ones, with random filter values from the
 * fixture, and one {@code GET /api/v1/audit/verify} over the whole chain (events checked per second).
 * One client: latency, not throughput. It measures; it asserts nothing about time. Prints a Markdown table.
 * {@code java scripts/audit/AuditMeasurement.java --url http://localhost:9080 --admin-key K --fixture f.properties}
 */
public class AuditMeasurement {
    private static final int WARM_UP = 10;
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:\\s*(\\d+)");
    private static final Pattern SEALED_AT = Pattern.compile("\"sealedAt\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] STATUSES = {"Y", "A", "N", "U", "R", "E"};
    private static final String[] PROVIDERS = {"worldline", "paysafe", "verifone", "intergiro"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final Random random = new Random(11);
    private final Properties fixture = new Properties();
    private String auditorKey;

    AuditMeasurement(String url, Path fixtureFile) throws IOException {
        this.url = url;
        try (Reader r = Files.newBufferedReader(fixtureFile)) {
            fixture.load(r);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        AuditMeasurement m = new AuditMeasurement(options.getOrDefault("url", "http://localhost:9080"),
                Path.of(options.getOrDefault("fixture", "audit-fixture.properties")));
        m.auditorKey = m.issueAuditorKey(options.get("admin-key"));
        String sealing = m.sealing();
        List<String> rows = m.queries(Integer.parseInt(options.getOrDefault("requests", "200")));
        String verify = m.verify();
        System.out.printf("%nAudit: %,d authentications and %,d audit events (fixture loaded in %s s), "
                        + "one client, %s requests per query%n%n", Long.parseLong(m.fixture.getProperty("authentications")),
                Long.parseLong(m.fixture.getProperty("events")), m.fixture.getProperty("loadSeconds"),
                options.getOrDefault("requests", "200"));
        System.out.println("| query | p50 ms | p95 ms | p99 ms | rows per page |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println(sealing);
        System.out.println(verify);
    }

    /** An auditor of its own, once the gateway answers (it may still be starting). */
    private String issueAuditorKey(String adminKey) throws InterruptedException {
        if (adminKey == null || adminKey.isBlank()) {
            throw new IllegalArgumentException("--admin-key is required (scripts/bench.sh reads it from the log)");
        }
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            try {
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auditors"))
                        .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"audit-benchmark\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher key = API_KEY.matcher(created.body());
                if (created.statusCode() == 201 && key.find()) {
                    return key.group(1);
                }
                if (created.statusCode() != 503 && created.statusCode() != 404) {
                    throw new IllegalStateException("cannot issue an auditor key: HTTP " + created.statusCode()
                            + " " + created.body());
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the gateway at " + url + " did not answer within 10 minutes");
            }
            Thread.sleep(1000);
        }
    }

    /** Polls the latest checkpoint until the chain holds the fixture's events; the rate between first and last seen. */
    private String sealing() throws IOException, InterruptedException {
        long target = Long.parseLong(fixture.getProperty("events"));
        long firstPosition = -1;
        Instant firstAt = null;
        Instant lastReport = Instant.now();
        while (true) {
            HttpResponse<String> latest = get("/api/v1/audit/checkpoints/latest");
            if (latest.statusCode() == 200) {
                long position = Long.parseLong(find(SEQUENCE, latest.body()));
                Instant at = Instant.parse(find(SEALED_AT, latest.body()));
                if (firstAt == null) {
                    firstPosition = position;
                    firstAt = at;
                }
                if (position >= target) {
                    double seconds = Duration.between(firstAt, at).toMillis() / 1000.0;
                    return position == firstPosition || seconds <= 0
                            ? "sealing: the chain was sealed before the first poll; no rate measured"
                            : String.format("sealing: %,d events chained and signed in %.1f s: %,.0f events/s",
                                    position - firstPosition, seconds, (position - firstPosition) / seconds);
                }
                if (Duration.between(lastReport, Instant.now()).toSeconds() >= 30) {
                    System.out.printf("sealed up to position %,d of %,d%n", position, target);
                    lastReport = Instant.now();
                }
            }
            Thread.sleep(1000);
        }
    }

    private List<String> queries(int requests) throws IOException, InterruptedException {
        Map<String, Supplier<String>> queries = new LinkedHashMap<>();
        queries.put("authentications, no filter", () -> "");
        queries.put("merchantId", () -> "merchantId=" + merchant());
        queries.put("merchantId + transStatus", () -> "merchantId=" + merchant() + "&transStatus=" + status());
        queries.put("merchantId + 1-day range", () -> "merchantId=" + merchant() + "&" + range(1));
        queries.put("provider + transStatus", () -> "provider=" + pick(PROVIDERS) + "&transStatus=" + status());
        queries.put("transStatus", () -> "transStatus=" + status());
        queries.put("1-day range", () -> range(1));
        queries.put("liabilityShift=false + 30-day range", () -> "liabilityShift=false&" + range(30));
        queries.put("merchantName", () -> "merchantName=" + URLEncoder.encode("shop " + (1 + random.nextInt(
                Integer.parseInt(fixture.getProperty("merchants")))), StandardCharsets.UTF_8));
        queries.put("last4", () -> "last4=%04d".formatted(random.nextInt(10_000)));
        queries.put("merchantReference", () -> "merchantReference=order-" + authentication());
        List<String> rows = new ArrayList<>();
        for (var query : queries.entrySet()) {
            rows.add(measure("/audit/authentications " + query.getKey(), requests,
                    () -> "/api/v1/audit/authentications?" + query.getValue().get(), "\"merchantReference\":"));
        }
        String id = fixture.getProperty("authenticationId");
        rows.add(measure("/audit/events authenticationId", requests,
                () -> "/api/v1/audit/events?authenticationId=" + id.formatted(authentication()), "\"previousHash\":"));
        return rows;
    }

    /** One row: percentiles of {@code requests} answers (nearest rank), and how many items a page had on average. */
    private String measure(String name, int requests, Supplier<String> path, String itemField)
            throws IOException, InterruptedException {
        long[] nanos = new long[requests];
        long items = 0;
        for (int i = -WARM_UP; i < requests; i++) {
            String p = path.get();
            long start = System.nanoTime();
            HttpResponse<String> answer = get(p);
            long took = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(p + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 0) {
                nanos[i] = took;
                items += answer.body().split(itemField, -1).length - 1;
            }
        }
        Arrays.sort(nanos);
        return "| %s | %s | %s | %s | %.0f |".formatted(name, millis(nanos, 0.50), millis(nanos, 0.95),
                millis(nanos, 0.99), (double) items / requests);
    }

    private String verify() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = get("/api/v1/audit/verify");
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = answer.body();
        long checked = Long.parseLong(find(Pattern.compile("\"checked\"\\s*:\\s*(\\d+)"), body));
        return String.format("verify: %,d events checked in %.1f s: %,.0f events/s (verified: %s, pending: %s)",
                checked, seconds, checked / seconds, find(Pattern.compile("\"verified\"\\s*:\\s*(\\w+)"), body),
                find(Pattern.compile("\"pendingEvents\"\\s*:\\s*(\\d+)"), body));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + auditorKey)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String merchant() {
        return fixture.getProperty("merchantId").formatted(1 + random.nextInt(
                Integer.parseInt(fixture.getProperty("merchants"))));
    }

    private long authentication() {
        return random.nextLong(Long.parseLong(fixture.getProperty("authentications")));
    }

    private String status() {
        return pick(STATUSES);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code from}/{@code to} over {@code days} days at a random place in the fixture's span. */
    private String range(int days) {
        LocalDateTime first = LocalDateTime.parse(fixture.getProperty("from").replace("Z", ""));
        LocalDateTime last = LocalDateTime.parse(fixture.getProperty("to").replace("Z", ""));
        long span = Math.max(ChronoUnit.DAYS.between(first, last) - days, 1);
        LocalDateTime from = first.plusDays(random.nextLong(span)).truncatedTo(ChronoUnit.DAYS);
        return "from=" + from.toInstant(ZoneOffset.UTC) + "&to=" + from.plusDays(days).toInstant(ZoneOffset.UTC);
    }

    private static String millis(long[] sorted, double percentile) {
        return "%.1f".formatted(sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6);
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
