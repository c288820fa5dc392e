import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

/**
 * The audit benchmark's fixture (issue #11), written straight into the gateway's database over JDBC
 * batches while the gateway is stopped (its embedded H2 is a file one process opens at a time): a few
 * merchants, {@code --authentications} (default 1,000,000) finished authentications over the last 180
 * days, spread over providers, transStatus values, flows and cards (BIN and last 4 only, no PAN; the
 * encrypted columns left null), and for each the five audit events its requests would have written.
 * The events go in as requests write them: unsealed, numbered by an {@code audit_pending} row each, so
 * that the gateway's sealer chains and signs them when it starts. Ids follow the row number, and
 * {@code --out} (a properties file) tells {@code AuditMeasurement} the merchants, the id pattern and
 * how many events the database holds. Connects as scripts/bench.sh configures the server:
 * THREEDS_DB_URL (else the embedded file in THREEDS_DATA_DIR), the owner role THREEDS_DB_OWNER_USER
 * (else THREEDS_DB_USER, else threeds). Run with the JDBC driver on the class path:
 * {@code java -cp h2.jar scripts/audit/AuditFixture.java --authentications 20000 --out fixture.properties}.
 */
public class AuditFixture {
    static final String AUTHENTICATION_ID = "a0d17000-0000-4000-8000-%012d";
    static final String EVENT_ID = "a0d17e00-0000-4000-8000-%012d";
    static final String MERCHANT_ID = "a0d17000-0000-4000-8000-m%011d";
    static final String AUDITOR = "auditor:a0d17000-0000-4000-8000-a00000000001";
    static final int MERCHANTS = 8;
    static final int DAYS = 180;
    private static final int BATCH = 2_000;
    private static final String[] PROVIDERS = {"worldline", "worldline", "paysafe", "verifone", "intergiro"};
    /** transStatus by weight out of 100: mostly Y, a few of each refusal; E is a technical failure. */
    private static final String STATUSES = "Y".repeat(72) + "A".repeat(6) + "N".repeat(8) + "U".repeat(5)
            + "R".repeat(4) + "E".repeat(5);
    private static final String[] BINS = {"400000", "411111", "424242", "510000", "545454", "222100"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "GBP", "USD"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int authentications = Integer.parseInt(options.getOrDefault("authentications", "1000000"));
        Path out = Path.of(options.getOrDefault("out", "audit-fixture.properties"));
        long started = System.nanoTime();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            LocalDateTime start = end.minusDays(DAYS);
            merchants(db, start);
            long firstSequence = scalar(db, "SELECT COALESCE(MAX(sequence), 0) FROM audit_event") + 1;
            long next = load(db, authentications, start, end, firstSequence);
            try (Statement s = db.createStatement()) {
                // The numbers drawn here are the identity's: requests after the load number their events after them.
                s.execute("ALTER TABLE audit_pending ALTER COLUMN sequence RESTART WITH " + next);
            }
            db.commit();
            long loaded = System.nanoTime() - started;
            analyze(db);
            long events = scalar(db, "SELECT COUNT(*) FROM audit_event");
            long pending = scalar(db, "SELECT COUNT(*) FROM audit_pending");
            double seconds = loaded / 1e9;
            System.out.printf("loaded %,d authentications and %,d audit events in %.0f s (%,.0f rows/s); "
                            + "the database holds %,d events, %,d of them pending%n", authentications,
                    next - firstSequence, seconds, authentications * 6 / seconds, events, pending);
            write(out, authentications, start, end, events, seconds);
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("THREEDS_DB_URL");
        if (url == null || url.isBlank()) {
            String dir = System.getenv("THREEDS_DATA_DIR");
            if (dir == null || dir.isBlank()) {
                throw new IllegalStateException("set THREEDS_DB_URL, or THREEDS_DATA_DIR for the embedded H2");
            }
            url = "jdbc:h2:file:" + dir + "/threeds";
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", env("THREEDS_DB_OWNER_USER", env("THREEDS_DB_USER", "threeds")));
        credentials.setProperty("password", env("THREEDS_DB_OWNER_PASSWORD", env("THREEDS_DB_PASSWORD", "threeds")));
        if (url.startsWith("jdbc:postgresql:")) {
            credentials.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, credentials);
    }

    private static void merchants(Connection db, LocalDateTime created) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO merchant (id, name, default_provider, "
                + "created_at) VALUES (?, ?, 'worldline', ?)")) {
            for (int m = 1; m <= MERCHANTS; m++) {
                insert.setString(1, MERCHANT_ID.formatted(m));
                insert.setString(2, "Fixture Shop " + m);
                insert.setTimestamp(3, Timestamp.valueOf(created));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Writes the authentications and their events, committing every batch; the next free sequence. */
    private static long load(Connection db, int count, LocalDateTime start, LocalDateTime end, long sequence)
            throws SQLException {
        long spacingMillis = Duration.between(start, end).toMillis() / Math.max(count, 1);
        Random random = new Random(11);
        try (PreparedStatement authentication = db.prepareStatement("INSERT INTO authentication (id, merchant_id, "
                + "merchant_reference, provider, state, trans_status, trans_status_reason, status_source, eci, "
                + "ds_transaction_id, acs_transaction_id, three_ds_server_transaction_id, three_ds_version, flow, "
                + "liability_shift, liability_basis, recommended_action, card_bin, card_last4, card_brand, "
                + "card_expiry_month, card_expiry_year, amount_value, amount_currency, challenge_preference, "
                + "return_url, browser_token_used, created_at, updated_at, expires_at, version, shopper_language) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PROVIDER_API', ?, ?, ?, ?, '2.2.0', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'NO_PREFERENCE', 'https://shop.example/done', ?, ?, ?, ?, 2, 'en-GB')");
             PreparedStatement pending = db.prepareStatement("INSERT INTO audit_pending (sequence, event_id) "
                     + "VALUES (?, ?)");
             PreparedStatement event = db.prepareStatement("INSERT INTO audit_event (id, sequence, at, type, actor, "
                     + "actor_role, merchant_id, authentication_id, outcome, details) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Attempt a = Attempt.random(i, start.plus(i * spacingMillis + random.nextLong(Math.max(spacingMillis, 1)),
                        ChronoUnit.MILLIS), random);
                a.bind(authentication);
                authentication.addBatch();
                for (Event e : a.events()) {
                    String id = EVENT_ID.formatted(sequence);
                    pending.setLong(1, sequence);
                    pending.setString(2, id);
                    pending.addBatch();
                    e.bind(event, id, sequence, a);
                    event.addBatch();
                    sequence++;
                }
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    authentication.executeBatch();
                    pending.executeBatch();
                    event.executeBatch();
                    db.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("%,d authentications%n", i + 1);
                }
            }
        }
        return sequence;
    }

    /** Fresh planner statistics, as a database in production has them. */
    private static void analyze(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void write(Path out, int authentications, LocalDateTime start, LocalDateTime end, long events,
                              double seconds) throws IOException {
        Properties p = new Properties();
        p.setProperty("authentications", String.valueOf(authentications));
        p.setProperty("authenticationId", AUTHENTICATION_ID);
        p.setProperty("merchantId", MERCHANT_ID);
        p.setProperty("merchants", String.valueOf(MERCHANTS));
        p.setProperty("from", start + "Z");
        p.setProperty("to", end + "Z");
        p.setProperty("events", String.valueOf(events));
        p.setProperty("loadSeconds", String.format("%.1f", seconds));
        try (Writer w = Files.newBufferedWriter(out)) {
            p.store(w, "AuditFixture: what scripts/audit/AuditMeasurement.java queries");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One finished authentication: its row, and the events of the flow it took. */
    record Attempt(long number, String merchantId, String provider, String transStatus, String flow, String bin,
                   String last4, long amount, String currency, LocalDateTime created) {

        static Attempt random(long number, LocalDateTime created, Random random) {
            String status = String.valueOf(STATUSES.charAt(random.nextInt(STATUSES.length())));
            String flow = !status.equals("E") && random.nextInt(10) < 6 ? "FRICTIONLESS" : "CHALLENGE";
            return new Attempt(number, MERCHANT_ID.formatted(1 + random.nextInt(MERCHANTS)),
                    PROVIDERS[random.nextInt(PROVIDERS.length)], status, flow, BINS[random.nextInt(BINS.length)],
                    "%04d".formatted(random.nextInt(10_000)), 100 + random.nextInt(50_000),
                    CURRENCIES[random.nextInt(CURRENCIES.length)], created);
        }

        String id() {
            return AUTHENTICATION_ID.formatted(number);
        }

        boolean failed() {
            return transStatus.equals("E");
        }

        boolean shift() {
            return transStatus.equals("Y") || transStatus.equals("A");
        }

        String eci() {
            return shift() ? (bin.startsWith("4") ? "05" : "02") : (bin.startsWith("4") ? "07" : "00");
        }

        String recommendedAction() {
            return switch (transStatus) {
                case "Y", "A" -> "PROCEED";
                case "U", "E" -> "RETRY";
                default -> "DO_NOT_PROCEED";
            };
        }

        void bind(PreparedStatement s) throws SQLException {
            String transaction = "%08x-0000-4000-9000-%012d".formatted(number % 0xffffffffL, number);
            s.setString(1, id());
            s.setString(2, merchantId);
            s.setString(3, "order-" + number);
            s.setString(4, provider);
            s.setString(5, failed() ? "FAILED" : "COMPLETED");
            s.setString(6, transStatus);
            s.setString(7, failed() ? "the provider did not answer in time" : null);
            s.setString(8, eci());
            s.setString(9, failed() ? null : transaction);
            s.setString(10, failed() ? null : transaction);
            s.setString(11, transaction);
            s.setString(12, flow);
            s.setBoolean(13, shift());
            s.setString(14, failed() ? "UNDETERMINED" : "EMV_RULES");
            s.setString(15, recommendedAction());
            s.setString(16, bin);
            s.setString(17, last4);
            s.setString(18, bin.startsWith("4") ? "visa" : "mastercard");
            s.setInt(19, 1 + (int) (number % 12));
            s.setInt(20, 2027 + (int) (number % 4));
            s.setLong(21, amount);
            s.setString(22, currency);
            s.setBoolean(23, "CHALLENGE".equals(flow));
            Timestamp at = Timestamp.valueOf(created);
            s.setTimestamp(24, at);
            s.setTimestamp(25, Timestamp.valueOf(created.plusSeconds(5)));
            s.setTimestamp(26, Timestamp.valueOf(created.plusMinutes(15)));
        }

        /** The five events of its flow, as AuthenticationStore, ChallengeAudit and the auditor's read write them. */
        List<Event> events() {
            String merchant = "merchant:" + merchantId;
            Map<String, String> result = Map.of("provider", provider, "transStatus", transStatus, "eci", eci(),
                    "flow", flow, "liabilityShift", String.valueOf(shift()), "recommendedAction", recommendedAction());
            List<Event> events = new ArrayList<>();
            events.add(new Event(0, "authentication.requested", merchant, "merchant", "ACCEPTED", Map.of(
                    "provider", provider, "merchantReference", "order-" + number, "card", bin + "…" + last4,
                    "amount", amount + " " + currency)));
            if ("FRICTIONLESS".equals(flow)) {
                events.add(new Event(2, "authentication.completed", merchant, "merchant", "COMPLETED", result));
            } else {
                events.add(new Event(2, "authentication.browser_required", merchant, "merchant", "PENDING_BROWSER",
                        Map.of("provider", provider, "flow", "CHALLENGE")));
                events.add(new Event(4, "browser.started", "browser", "browser", "STARTED", Map.of()));
                events.add(failed()
                        ? new Event(90, "authentication.failed", "browser", "browser", "FAILED", Map.of(
                                "problem", "provider-unavailable", "detail", "the provider did not answer in time"))
                        : new Event(40, "authentication.challenge_completed", "browser", "browser", "COMPLETED",
                                result));
            }
            if (!failed()) {
                events.add(new Event(60, "authorization.completed", merchant, "merchant", "AUTHORIZED", Map.of(
                        "provider", provider, "capture", "true", "responseCode", "0")));
            }
            if ("FRICTIONLESS".equals(flow)) {
                events.add(new Event(61, "authorization.returned", merchant, "merchant", "RETURNED", Map.of(
                        "provider", provider, "capture", "true")));
            }
            if (events.size() < 5) {
                events.add(new Event(3600, "audit.read", AUDITOR, "auditor", "READ", Map.of(
                        "resource", "authentication", "format", "json")));
            }
            return events;
        }
    }

    /** One audit event, {@code seconds} after its authentication was created. */
    record Event(int seconds, String type, String actor, String actorRole, String outcome, Map<String, String> details) {

        void bind(PreparedStatement s, String id, long sequence, Attempt a) throws SQLException {
            s.setString(1, id);
            s.setLong(2, sequence);
            s.setTimestamp(3, Timestamp.valueOf(a.created().plusSeconds(seconds)));
            s.setString(4, type);
            s.setString(5, actor);
            s.setString(6, actorRole);
            s.setString(7, a.merchantId());
            s.setString(8, a.id());
            s.setString(9, outcome);
            s.setString(10, canonical(details));
        }

        /** As AuditTrail stores details: a JSON object, keys sorted (the values here need no escaping). */
        private static String canonical(Map<String, String> details) {
            StringBuilder json = new StringBuilder("{");
            new TreeMap<>(details).forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                    .append('"').append(k).append("\":\"").append(v).append('"'));
            return json.append('}').toString();
        }
    }
}
