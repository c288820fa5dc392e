import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crash test's load generator and checker (run by scripts/chaos.sh, which builds and starts the
 * servers). Each round loads the gateway with frictionless worldline authentications, kills a server's
 * JVM with kill -9 (or, with --mode db-outage, stops PostgreSQL for a while), brings it back and checks
 * that nothing acknowledged was lost: every 201 reads back unchanged, every request left without an
 * answer resolves, retried with its Idempotency-Key, to exactly one record, the audit chain verifies,
 * and the merchant's webhook receiver gets authentication.completed for every acknowledged record.
 * Only loopback addresses; every loop is bounded in count or time. Exit status 1 when a check fails.
 */
public class Chaos {
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Random random = new Random(options.seed());
        System.out.printf("chaos: mode %s, %d round(s), %d clients, servers %s, seed %d%n", options.mode(),
                options.rounds(), options.clients(), options.instances(), options.seed());
        try (WebhookReceiver webhooks = WebhookReceiver.start()) {
            Gateway gateway = new Gateway(options.instances());
            Merchant merchant = Setup.merchant(gateway, options.adminKey(), webhooks);
            webhooks.trust(merchant.webhookSecret());
            String auditorKey = Setup.auditor(gateway, options.adminKey());
            Control control = new Control(options.control());
            List<RoundResult> results = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
                Round run = new Round(round, options, gateway, merchant, auditorKey, webhooks, control, random);
                RoundResult result = options.mode() == Mode.DB_OUTAGE ? run.databaseOutage() : run.crash();
                System.out.println(result.line(options.rounds()));
                results.add(result);
            }
            Total total = Total.of(results, webhooks.badSignatures());
            System.out.println(total.line());
            System.exit(total.passed() ? 0 : 1);
        }
    }
}

enum Mode { KILL, DB_OUTAGE }

/**
 * Command-line options: --servers name=url,... --control server.sh --mode kill|db-outage --rounds --clients
 * --seed, and the bounds in seconds --inflight-wait (45), --webhook-wait (60), --outage (30).
 */
record Options(List<Instance> instances, String adminKey, String control, Mode mode, int rounds, int clients,
               long seed, int inflightWaitSeconds, int webhookWaitSeconds, int outageSeconds) {
    static Options parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        List<Instance> instances = new ArrayList<>();
        for (String entry : required(given, "servers").split(",")) { // name=http://localhost:port
            String[] parts = entry.split("=", 2);
            URI url = URI.create(parts[1]);
            if (!InetAddresses.isLoopback(url.getHost())) {
                throw new IllegalArgumentException("only loopback servers: " + url);
            }
            instances.add(new Instance(parts[0], parts[1]));
        }
        // The admin key comes from the environment (not the command line, where ps would show it).
        String adminKey = given.getOrDefault("admin-key", System.getenv("THREEDS_ADMIN_API_KEY"));
        if (adminKey == null || adminKey.isBlank()) {
            throw new IllegalArgumentException("THREEDS_ADMIN_API_KEY (or --admin-key) is required");
        }
        return new Options(instances, adminKey, required(given, "control"),
                Mode.valueOf(given.getOrDefault("mode", "kill").toUpperCase().replace('-', '_')),
                Integer.parseInt(given.getOrDefault("rounds", "5")), Integer.parseInt(given.getOrDefault("clients", "8")),
                Long.parseLong(given.getOrDefault("seed", String.valueOf(System.nanoTime() % 1_000_000))),
                Integer.parseInt(given.getOrDefault("inflight-wait", "45")),
                Integer.parseInt(given.getOrDefault("webhook-wait", "60")),
                Integer.parseInt(given.getOrDefault("outage", "30")));
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}

final class InetAddresses {
    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

/** One gateway server: its Liberty name, where it listens, and whether the load may use it now. */
final class Instance {
    final String name;
    final String url;
    final AtomicBoolean up = new AtomicBoolean(true);

    Instance(String name, String url) {
        this.name = name;
        this.url = url;
    }

    @Override
    public String toString() {
        return name + "@" + url;
    }
}

/** An HTTP answer ({@code replayed}: the gateway's stored answer to an earlier call with the same key). */
record Answer(int status, String body, boolean replayed) {
    Map<String, Object> json() {
        return Json.object(body);
    }
}

/** The gateway's servers, used round-robin among those up, as a load balancer would. */
final class Gateway {
    private final List<Instance> instances;
    private final AtomicInteger next = new AtomicInteger();
    private volatile HttpClient http = newClient();

    Gateway(List<Instance> instances) {
        this.instances = instances;
    }

    List<Instance> instances() {
        return instances;
    }

    /** Pooled connections to a killed JVM are useless: the checks after a restart start afresh. */
    void reconnect() {
        http = newClient();
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Instance pick() {
        List<Instance> up = instances.stream().filter(i -> i.up.get()).toList();
        return up.isEmpty() ? null : up.get(Math.floorMod(next.getAndIncrement(), up.size()));
    }

    Answer send(Instance to, HttpRequest.Builder request, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
    }

    static HttpRequest.Builder request(Instance to, String path, String key) {
        return HttpRequest.newBuilder(URI.create(to.url + path)).header("Authorization", "Bearer " + key);
    }

    /** A read, retried a few times on a broken connection (reads are safe to repeat). */
    Answer get(String path, String key) throws InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Instance to = pick();
            try {
                return send(to, request(to, path, key).GET(), Duration.ofSeconds(30));
            } catch (IOException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("GET " + path + " failed: " + last, last);
    }

    Answer post(String path, String key, String body) throws InterruptedException {
        Instance to = pick();
        try {
            return send(to, request(to, path, key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e, e);
        }
    }
}

record Merchant(String id, String key, String webhookSecret) {
}

/** The merchant (worldline, webhooks to our receiver) and the auditor, created once with the admin key. */
final class Setup {
    static Merchant merchant(Gateway gateway, String adminKey, WebhookReceiver webhooks) throws InterruptedException {
        Answer created = gateway.post("/api/v1/merchants", adminKey, "{\"name\":\"chaos-" + UUID.randomUUID()
                + "\",\"defaultProvider\":\"worldline\",\"webhookUrl\":" + Json.quote(webhooks.url()) + "}");
        Map<String, Object> json = expect(created, 201, "create the merchant");
        return new Merchant((String) json.get("id"), (String) json.get("apiKey"), (String) json.get("webhookSecret"));
    }

    static String auditor(Gateway gateway, String adminKey) throws InterruptedException {
        Answer created = gateway.post("/api/v1/auditors", adminKey, "{\"name\":\"chaos-auditor-" + UUID.randomUUID() + "\"}");
        return (String) expect(created, 201, "create the auditor").get("apiKey");
    }

    private static Map<String, Object> expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }
}

/** One authentication request of the load: its key and body are kept to retry it exactly. */
record Attempt(String idempotencyKey, String reference, String body) {
    static Attempt fresh(int round) {
        String reference = "chaos-r" + round + "-" + UUID.randomUUID();
        // 4000000000002701: frictionless at worldline, answered COMPLETED with transStatus Y (SANDBOX.md).
        String body = """
                {"merchantReference": %s, "amount": {"value": 1000, "currency": "EUR"},
                 "card": {"number": "4000000000002701", "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe"},
                 "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0 (chaos)", "ipAddress": "192.0.2.10",
                             "language": "en-US", "colorDepth": 24, "screenHeight": 1080, "screenWidth": 1920,
                             "timeZoneOffsetMinutes": -60, "javaEnabled": false},
                 "returnUrl": "https://shop.example/chaos-done"}""".formatted(Json.quote(reference));
        return new Attempt(UUID.randomUUID().toString(), reference, body);
    }

    HttpRequest.Builder request(Instance to, String merchantKey) {
        return Gateway.request(to, "/api/v1/authentications", merchantKey).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body));
    }
}

/** A 201: what the gateway acknowledged, to be found unchanged after the crash. */
record Acknowledged(String id, String reference, String state, String transStatus) {
    static Acknowledged of(Answer answer) {
        Map<String, Object> json = answer.json();
        return new Acknowledged((String) json.get("id"), (String) json.get("merchantReference"),
                (String) json.get("state"), (String) json.get("transStatus"));
    }
}

/** A request of the load and how it ended: its status, or {@link #NO_ANSWER} (the JVM died, or the client gave up). */
record Sent(Attempt attempt, String server, long atMillis, long millis, int status, String problem) {
    static final int NO_ANSWER = -1;

    boolean answered() {
        return status != NO_ANSWER;
    }

    boolean sentBetween(long from, long to) {
        return atMillis >= from && atMillis <= to;
    }
}

/**
 * C client threads, each creating authentications one after another until stopped, on the servers
 * the gateway marks up. Records every request with its outcome, and what every 201 acknowledged.
 */
final class Load {
    final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    final AtomicInteger notConnected = new AtomicInteger();
    final Map<String, AtomicInteger> outstanding = new ConcurrentHashMap<>(); // requests awaiting an answer, by server
    private final AtomicBoolean sending = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final Gateway gateway;
    private final String merchantKey;
    private final int round;
    private final Duration requestTimeout;

    Load(Gateway gateway, String merchantKey, int round, Duration requestTimeout) {
        this.gateway = gateway;
        this.merchantKey = merchantKey;
        this.round = round;
        this.requestTimeout = requestTimeout;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            Thread client = new Thread(this::run, "chaos-client-" + i);
            client.setDaemon(true); // an aborted run must not wait for them
            clients.add(client);
            client.start();
        }
    }

    /** Waits until a first request was acknowledged, up to the bound; the milliseconds waited. */
    long awaitFirstAnswer(long maxMillis) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (acknowledged.isEmpty() && System.currentTimeMillis() - start < maxMillis) {
            Thread.sleep(50);
        }
        return System.currentTimeMillis() - start;
    }

    /** No new request after this; those already sent finish or fail. */
    void stopSending() {
        sending.set(false);
    }

    void join() throws InterruptedException {
        for (Thread client : clients) {
            client.join(120_000);
        }
    }

    private void run() {
        long deadline = System.currentTimeMillis() + 600_000; // a bound, whatever happens
        while (sending.get() && System.currentTimeMillis() < deadline) {
            Instance to = gateway.pick();
            if (to == null) {
                pause(100);
                continue;
            }
            Attempt attempt = Attempt.fresh(round);
            long sentAt = System.currentTimeMillis();
            AtomicInteger waiting = outstanding.computeIfAbsent(to.name, name -> new AtomicInteger());
            waiting.incrementAndGet();
            try {
                Answer answer = gateway.send(to, attempt.request(to, merchantKey), requestTimeout);
                if (answer.status() == 201) {
                    acknowledged.add(Acknowledged.of(answer));
                }
                sent.add(new Sent(attempt, to.name, sentAt, System.currentTimeMillis() - sentAt, answer.status(),
                        answer.status() == 201 ? null : answer.body()));
                if (answer.status() != 201) {
                    pause(200); // a merchant backs off a little after an error
                }
            } catch (ConnectException notSent) {
                notConnected.incrementAndGet(); // the server was already gone: nothing reached it
                pause(100);
            } catch (IOException noAnswer) {
                sent.add(new Sent(attempt, to.name, sentAt, System.currentTimeMillis() - sentAt, Sent.NO_ANSWER,
                        noAnswer.toString()));
                pause(100);
            } catch (InterruptedException e) {
                return;
            } finally {
                waiting.decrementAndGet();
            }
        }
    }

    List<Sent> where(Predicate<Sent> condition) {
        return sent.stream().filter(condition).toList();
    }

    int outstandingOn(Instance instance) {
        AtomicInteger waiting = outstanding.get(instance.name);
        return waiting == null ? 0 : waiting.get();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

/** Runs scripts/chaos/server.sh: kill -9 and restart a server, stop and start PostgreSQL. */
record Control(String script) {
    String run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("server.sh " + String.join(" ", args) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

/**
 * The merchant's webhook endpoint on a loopback port: checks each delivery's signature and keeps the
 * events by their {@code id}, since delivery is at least once.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> completedByEvent = new ConcurrentHashMap<>(); // event id -> authentication id
    private final Set<String> completed = ConcurrentHashMap.newKeySet();             // authentication ids
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile String secret;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            receiver.receive(body, exchange.getRequestHeaders().getFirst("Threeds-Signature"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return receiver;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks";
    }

    void trust(String webhookSecret) {
        secret = webhookSecret;
    }

    private void receive(String body, String signature) {
        deliveries.incrementAndGet();
        if (!signed(body, signature)) {
            badSignatures.incrementAndGet();
            return;
        }
        Map<String, Object> event = Json.object(body);
        if ("authentication.completed".equals(event.get("type"))) {
            String authenticationId = (String) Json.object(event.get("data")).get("id");
            completedByEvent.putIfAbsent((String) event.get("id"), authenticationId);
            completed.add(authenticationId);
        }
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} (API.md §4). */
    private boolean signed(String body, String header) {
        if (header == null || secret == null || !header.startsWith("t=") || !header.contains(",v1=")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return List.of(header.split(",")).contains("v1=" + expected);
        } catch (Exception e) {
            return false;
        }
    }

    /** The ids among {@code expected} without an authentication.completed yet, after waiting up to the deadline. */
    Set<String> missing(Set<String> expected, long deadlineMillis) throws InterruptedException {
        Predicate<String> absent = id -> !completed.contains(id);
        while (expected.stream().anyMatch(absent) && System.currentTimeMillis() < deadlineMillis) {
            Thread.sleep(250);
        }
        Set<String> missing = new java.util.TreeSet<>();
        expected.stream().filter(absent).forEach(missing::add);
        return missing;
    }

    int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}

/** What one round saw. {@code outage} is filled in the database-outage mode only. */
record RoundResult(int round, String event, int acknowledged, int inFlight, int notSent, int retried, int resolved,
                   int unresolved, int lost, int duplicates, int webhookMissing, boolean chainOk, int errors, double recoverySeconds,
                   Outage outage, boolean survivorServed) {
    boolean passed() {
        return lost == 0 && duplicates == 0 && unresolved == 0 && webhookMissing == 0 && chainOk && survivorServed
                && (outage == null || outage.recovered());
    }

    String line(int rounds) {
        String line = String.format(
                "round %d/%d [%s]: acknowledged %d, in-flight %d, not sent %d, retried %d (resolved %d, unresolved %d), "
                        + "lost %d, duplicates %d, webhook missing %d, chain %s, other answers %d, back in %.1f s%s",
                round, rounds, event, acknowledged, inFlight, notSent, retried, resolved, unresolved, lost, duplicates,
                webhookMissing, chainOk ? "ok" : "NOT VERIFIED", errors, recoverySeconds, survivorServed ? "" : ", SURVIVOR DID NOT SERVE");
        return (outage == null ? line : line + "\n  " + outage.line()) + (passed() ? "" : "  <-- FAILED");
    }
}

/**
 * How the gateway answered the requests sent while PostgreSQL was down (a 5xx within 10 s is failing
 * fast), a timeline of all answers in 5-second steps from the stop, and whether it served again by itself.
 */
record Outage(int seconds, int sent, int fast5xx, int slow5xx, int heldThen201, int unanswered, int other,
              long slowestMillis, String timeline, double backAt, boolean recovered, double recoverySeconds) {
    String line() {
        return String.format("database outage %d s, %d requests sent during it: %d answered 5xx within 10 s, %d answered 5xx "
                        + "later, %d held and answered 201 once PostgreSQL was back, %d unanswered after 30 s, %d other; "
                        + "slowest %.1f s; %s%n  timeline (by when sent, in s from the stop; PostgreSQL back at +%.1f): %s",
                seconds, sent, fast5xx, slow5xx, heldThen201, unanswered, other, slowestMillis / 1000.0,
                recovered ? String.format("201 again %.1f s after PostgreSQL was back, no restart", recoverySeconds)
                        : "NO 201 within 60 s after PostgreSQL was back",
                backAt, timeline);
    }
}

record Total(List<RoundResult> rounds, int badSignatures) {
    static Total of(List<RoundResult> rounds, int badSignatures) {
        return new Total(rounds, badSignatures);
    }

    boolean passed() {
        return badSignatures == 0 && rounds.stream().allMatch(RoundResult::passed);
    }

    String line() {
        return String.format("TOTAL %d round(s): acknowledged %d, in-flight %d, unresolved %d, lost %d, duplicates %d, "
                        + "webhook missing %d, chain ok %d/%d, bad webhook signatures %d: %s",
                rounds.size(), sum(RoundResult::acknowledged), sum(RoundResult::inFlight), sum(RoundResult::unresolved),
                sum(RoundResult::lost), sum(RoundResult::duplicates), sum(RoundResult::webhookMissing),
                rounds.stream().filter(RoundResult::chainOk).count(), rounds.size(), badSignatures,
                passed() ? "PASS" : "FAIL");
    }

    private int sum(java.util.function.ToIntFunction<RoundResult> field) {
        return rounds.stream().mapToInt(field).sum();
    }
}

/** One round: load, the failure, the recovery, and the checks. */
final class Round {
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
    private final int number;
    private final Options options;
    private final Gateway gateway;
    private final Merchant merchant;
    private final String auditorKey;
    private final WebhookReceiver webhooks;
    private final Control control;
    private final Random random;

    Round(int number, Options options, Gateway gateway, Merchant merchant, String auditorKey, WebhookReceiver webhooks,
          Control control, Random random) {
        this.number = number;
        this.options = options;
        this.gateway = gateway;
        this.merchant = merchant;
        this.auditorKey = auditorKey;
        this.webhooks = webhooks;
        this.control = control;
        this.random = random;
    }

    /** kill -9 one server's JVM after 3 to 10 s of load, restart it on the same database, check. */
    RoundResult crash() throws InterruptedException {
        List<Instance> instances = gateway.instances();
        Instance victim = instances.get(random.nextInt(instances.size()));
        boolean survivor = instances.size() > 1;
        long loadMillis = 3000 + random.nextInt(7001);
        Load load = new Load(gateway, merchant.key(), number, LOAD_TIMEOUT);
        load.start(options.clients());
        double warmSeconds = load.awaitFirstAnswer(60_000) / 1000.0; // a restarted JVM is slow at first
        Thread.sleep(loadMillis);
        // Killed under full load; then the clients learn it is gone, as a load balancer would.
        int outstandingAtKill = load.outstandingOn(victim);
        String pid = control.run("kill", victim.name);
        victim.up.set(false);
        int servedBefore = load.acknowledged.size();
        if (survivor) {
            Thread.sleep(3000); // the other server keeps serving meanwhile
        }
        load.stopSending();
        load.join();
        int servedBySurvivor = load.acknowledged.size() - servedBefore;
        long restartAt = System.currentTimeMillis();
        control.run("start", victim.name);
        victim.up.set(true);
        long readyAt = System.currentTimeMillis();
        gateway.reconnect();
        Map<String, Long> createdBy = new java.util.TreeMap<>(load.sent.stream().filter(r -> r.status() == 201)
                .collect(java.util.stream.Collectors.groupingBy(Sent::server, java.util.stream.Collectors.counting())));
        String event = String.format("kill -9 %s (pid %s, %d requests outstanding on it) %.1f s after the first 201 "
                        + "(%.1f s)%s", victim.name, pid, outstandingAtKill, loadMillis / 1000.0, warmSeconds,
                survivor ? ", " + servedBySurvivor + " created on the other meanwhile, by server " + createdBy : "");
        return check(event, load, readyAt, (readyAt - restartAt) / 1000.0, null, !survivor || servedBySurvivor > 0);
    }

    /** Stops PostgreSQL under load for the outage, starts it again, and waits for the gateway to serve again. */
    RoundResult databaseOutage() throws InterruptedException {
        Load load = new Load(gateway, merchant.key(), number, LOAD_TIMEOUT);
        long loadStart = System.currentTimeMillis();
        load.start(options.clients());
        load.awaitFirstAnswer(60_000); // a cold JVM is slow at first
        Thread.sleep(3000);
        control.run("db-stop");
        long down = System.currentTimeMillis();
        Thread.sleep(options.outageSeconds() * 1000L);
        long starting = System.currentTimeMillis();
        control.run("db-start");
        long back = System.currentTimeMillis(); // accepting connections again
        long deadline = back + 60_000;
        long recovered = -1;
        while (recovered < 0 && System.currentTimeMillis() < deadline) {
            if (load.sent.stream().anyMatch(r -> r.status() == 201 && r.atMillis() >= back)) {
                recovered = System.currentTimeMillis();
            }
            Thread.sleep(100);
        }
        Thread.sleep(2000);
        load.stopSending();
        load.join();
        long readyAt = System.currentTimeMillis();
        Outage outage = outage(load, loadStart, down, starting, back, recovered);
        return check("PostgreSQL stopped " + options.outageSeconds() + " s", load, readyAt,
                recovered < 0 ? -1 : (recovered - back) / 1000.0, outage, true);
    }

    private Outage outage(Load load, long loadStart, long down, long starting, long back, long recovered) {
        List<Sent> during = load.where(r -> r.sentBetween(down, starting));
        int fast = count(during, r -> r.status() >= 500 && r.millis() <= 10_000);
        int slow = count(during, r -> r.status() >= 500 && r.millis() > 10_000);
        int held = count(during, r -> r.status() == 201);
        int unanswered = count(during, r -> !r.answered());
        long slowest = during.stream().mapToLong(Sent::millis).max().orElse(0);
        StringBuilder timeline = new StringBuilder();
        long first = down - 5_000 * ((down - loadStart) / 5_000 + 1);
        for (long from = first; from < Math.max(back, recovered) + 5_000; from += 5_000) {
            long start = from;
            Map<String, Integer> statuses = new java.util.TreeMap<>();
            load.where(r -> r.sentBetween(start, start + 4_999)).forEach(r -> statuses.merge(
                    r.answered() ? String.valueOf(r.status()) : "none", 1, Integer::sum));
            timeline.append(String.format("%n    [%+d,%+d) %s", (start - down) / 1000, (start - down) / 1000 + 5, statuses));
        }
        return new Outage(options.outageSeconds(), during.size(), fast, slow, held, unanswered,
                during.size() - fast - slow - held - unanswered, slowest, timeline.toString(), (back - down) / 1000.0,
                recovered >= 0,
                (recovered - back) / 1000.0);
    }

    private static int count(List<Sent> requests, Predicate<Sent> condition) {
        return (int) requests.stream().filter(condition).count();
    }

    /** The checks after the failure; {@code readyAt} is when the gateway was whole again. */
    private RoundResult check(String event, Load load, long readyAt, double recoverySeconds, Outage outage,
                              boolean survivorServed) throws InterruptedException {
        List<Acknowledged> acknowledged = new ArrayList<>(load.acknowledged);
        int lost = 0;
        for (String loss : inParallel(acknowledged, this::readBack)) {
            if (loss != null) {
                lost++;
                System.out.println("  LOST: " + loss);
            }
        }
        // Retried as a merchant would: every request without an answer, and a few of those refused (outage).
        List<Attempt> retry = new ArrayList<>();
        load.where(r -> !r.answered()).forEach(r -> retry.add(r.attempt()));
        int inFlight = retry.size();
        List<Sent> refused = new ArrayList<>(load.where(r -> r.answered() && r.status() != 201));
        Collections.shuffle(refused, random);
        refused.stream().limit(outage == null ? 0 : 50).forEach(r -> retry.add(r.attempt()));
        List<Resolution> resolutions = inParallel(retry, this::resolve);
        int resolved = 0, unresolved = 0, duplicates = 0;
        Set<String> expectedWebhooks = new java.util.HashSet<>();
        acknowledged.forEach(a -> expectedWebhooks.add(a.id()));
        for (Resolution resolution : resolutions) {
            if (resolution.unresolved()) {
                unresolved++;
                System.out.printf("  UNRESOLVED in-flight key %s (%s): still %s after %d s; %d record(s) for the reference%n",
                        resolution.attempt().idempotencyKey(), resolution.attempt().reference(),
                        resolution.status() < 0 ? "no answer" : String.valueOf(resolution.status()),
                        options.inflightWaitSeconds(), resolution.records());
            } else {
                resolved++;
            }
            if (resolution.records() > 1) {
                duplicates++;
                System.out.printf("  DUPLICATE: %s has %d records%n", resolution.attempt().reference(), resolution.records());
            }
            if (resolution.status() == 201) {
                expectedWebhooks.add(resolution.id());
                if (resolution.records() == 0) {
                    lost++;
                    System.out.printf("  LOST: retried %s answered 201 but lists no record%n", resolution.attempt().reference());
                }
            }
        }
        if (!resolutions.isEmpty()) {
            Map<String, Integer> outcomes = new java.util.TreeMap<>();
            resolutions.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
            System.out.println("  retried keys ended: " + outcomes);
        }
        boolean chainOk = chainVerifies();
        long webhookDeadline = Math.max(readyAt + options.webhookWaitSeconds() * 1000L, System.currentTimeMillis() + 15_000);
        Set<String> missing = webhooks.missing(expectedWebhooks, webhookDeadline);
        missing.stream().limit(10).forEach(id -> System.out.println("  WEBHOOK MISSING: authentication.completed for " + id));
        int errors = refused.size();
        if (outage == null && errors > 0) {
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            refused.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
            System.out.println("  answers other than 201 under load: " + statuses);
            refused.stream().collect(java.util.stream.Collectors.toMap(Sent::status, r -> r, (a, b) -> a, java.util.TreeMap::new))
                    .values().forEach(r -> System.out.printf("    e.g. %d from %s after %d ms: %s%n", r.status(), r.server(),
                            r.millis(), abbreviate(r.problem())));
        }
        return new RoundResult(number, event, acknowledged.size(), inFlight, load.notConnected.get(), retry.size(),
                resolved, unresolved, lost, duplicates, missing.size(), chainOk, errors, recoverySeconds, outage,
                survivorServed);
    }

    /** Where one retried key ended: its last status, the record it names, and how many records its reference has. */
    record Resolution(Attempt attempt, int status, boolean replayed, String id, int records) {
        /** Still claimed (409), still unavailable (503, not a stored answer), or no answer when the wait ran out. */
        boolean unresolved() {
            return status == 409 || (status == 503 && !replayed) || status < 0;
        }

        String outcome() {
            return (status < 0 ? "no answer" : status + (replayed ? " replayed" : ""))
                    + (records == 1 ? "" : " with " + records + " records");
        }
    }

    /** The acknowledged record read back: null when unchanged, else what went wrong. */
    private String readBack(Acknowledged ack) throws InterruptedException {
        Answer read = gateway.get("/api/v1/authentications/" + ack.id(), merchant.key());
        Acknowledged now = read.status() == 200 ? Acknowledged.of(read) : null;
        if (now != null && now.state().equals(ack.state()) && Objects.equals(now.transStatus(), ack.transStatus())) {
            return null;
        }
        return String.format("%s (%s, %s, %s) reads back %d %s", ack.id(), ack.reference(), ack.state(),
                ack.transStatus(), read.status(), abbreviate(read.body()));
    }

    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** Runs the task on every item with as many threads as the load has clients; results in order. */
    private <T, R> List<R> inParallel(List<T> items, Task<T, R> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.clients()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                try {
                    results.add(future.get(10, TimeUnit.MINUTES));
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Retries with the same key and body while it answers 409 (a crashed call's claim), up to the bound. */
    private Resolution resolve(Attempt attempt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + options.inflightWaitSeconds() * 1000L;
        Answer answer = null;
        while (true) {
            Instance to = gateway.pick();
            try {
                answer = gateway.send(to, attempt.request(to, merchant.key()), Duration.ofSeconds(30));
            } catch (IOException e) {
                answer = null;
            }
            boolean again = answer == null || answer.status() == 409 || (answer.status() == 503 && !answer.replayed());
            if (!again || System.currentTimeMillis() >= deadline) {
                break;
            }
            Thread.sleep(1000);
        }
        int status = answer == null ? -1 : answer.status();
        String id = status == 201 ? (String) answer.json().get("id") : null;
        Answer listed = gateway.get("/api/v1/authentications?merchantReference="
                + URLEncoder.encode(attempt.reference(), StandardCharsets.UTF_8), merchant.key());
        int records = listed.status() == 200 ? Json.array(listed.json().get("items")).size() : -1;
        return new Resolution(attempt, status, answer != null && answer.replayed(), id, records);
    }

    private boolean chainVerifies() throws InterruptedException {
        Answer verify = gateway.get("/api/v1/audit/verify", auditorKey);
        boolean ok = verify.status() == 200 && Boolean.TRUE.equals(verify.json().get("verified"));
        if (!ok) {
            System.out.println("  AUDIT CHAIN: " + verify.status() + " " + abbreviate(verify.body()));
        }
        return ok;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

/** Just enough JSON: a parser to maps, lists, strings, numbers, booleans and null, and string quoting. */
final class Json {
    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        Object parsed = value instanceof String s ? new Json(s).value() : value;
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object: " + value);
        }
        return (Map<String, Object>) parsed;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("not a JSON array: " + value);
        }
        return (List<Object>) value;
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(at);
        switch (c) {
            case '{': {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    skipSpace();
                    String name = string();
                    skipSpace();
                    expect(':');
                    map.put(name, value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != '}') {
                    throw new IllegalArgumentException("bad JSON object at " + at);
                }
                return map;
            }
            case '[': {
                List<Object> list = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != ']') {
                    throw new IllegalArgumentException("bad JSON array at " + at);
                }
                return list;
            }
            case '"':
                return string();
            default:
                int start = at;
                while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                String word = text.substring(start, at);
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> Double.valueOf(word);
                };
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(at++) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + (at - 1));
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
