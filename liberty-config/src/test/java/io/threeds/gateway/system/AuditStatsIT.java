package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statistics against known data: one merchant of its own with four worldline authentications whose
 * outcomes the sandbox fixes (Y frictionless, A, N, U not enrolled), and latencies read from the
 * provider_call rows the gateway stored for them.
 */
class AuditStatsIT {
    private static final String STATS = "/api/v1/audit/stats";
    private static Merchant merchant;
    private static Auditor auditor;

    @BeforeAll
    static void knownOutcomes() {
        merchant = Gateway.newMerchant("worldline");
        auditor = AuditApi.newAuditor();
        for (String card : List.of("4000000000002701", "4000000000002719", "4000000000002925", "4000000000002313")) {
            AuditApi.authenticate(merchant, Gateway.reference(), card);
        }
    }

    @Test
    void countsRatesAndLatencyByProvider() {
        JsonObject stats = stats("merchantId", merchant.id(), "groupBy", "provider");
        assertEquals("provider", stats.getString("groupBy"));
        assertEquals(merchant.id(), stats.getString("merchantId"));
        List<JsonObject> groups = groups(stats);
        assertEquals(1, groups.size());
        assertEquals("worldline", groups.get(0).getString("key"));
        assertKnownOutcomes(groups.get(0));
    }

    @Test
    void providerIsTheDefaultGrouping() {
        List<JsonObject> groups = groups(stats("merchantId", merchant.id()));
        assertEquals("worldline", groups.get(0).getString("key"));
    }

    @Test
    void groupedByMerchant() {
        List<JsonObject> groups = groups(stats("merchantId", merchant.id(), "groupBy", "merchant"));
        assertEquals(1, groups.size());
        assertEquals(merchant.id(), groups.get(0).getString("key"));
        assertKnownOutcomes(groups.get(0));
    }

    @Test
    void groupedByUtcDay() {
        List<JsonObject> groups = groups(stats("merchantId", merchant.id(), "groupBy", "day"));
        TreeSet<String> days = new TreeSet<>();
        Database.rows("SELECT created_at FROM authentication WHERE merchant_id = ?", merchant.id()).forEach(row ->
                days.add(((Timestamp) row.get("created_at")).toLocalDateTime().toLocalDate().toString()));
        assertEquals(List.copyOf(days), groups.stream().map(g -> g.getString("key")).toList());
        assertEquals(4, groups.stream().mapToLong(g -> g.getJsonNumber("authentications").longValue()).sum());
        if (groups.size() == 1) {
            assertKnownOutcomes(groups.get(0));
        }
    }

    @Test
    void timeRangeAndProviderNarrowTheAuthentications() {
        List<Map<String, Object>> created = Database.rows(
                "SELECT created_at FROM authentication WHERE merchant_id = ? ORDER BY created_at", merchant.id());
        String first = rfc3339((Timestamp) created.get(0).get("created_at"));
        String last = rfc3339((Timestamp) created.get(3).get("created_at"));
        List<JsonObject> firstThree = groups(stats("merchantId", merchant.id(), "from", first, "to", last));
        assertEquals(3, firstThree.get(0).getJsonNumber("authentications").longValue(), "to is exclusive");
        List<JsonObject> lastOne = groups(stats("merchantId", merchant.id(), "from", last));
        assertEquals(1, lastOne.get(0).getJsonNumber("authentications").longValue(), "from is inclusive");
        assertEquals(List.of(), groups(stats("merchantId", merchant.id(), "provider", "verifone")));
        assertEquals(List.of(), groups(stats("merchantId", merchant.id(), "from", "2999-01-01T00:00:00Z")));
    }

    @Test
    void allMerchantsTogetherIncludeThisOne() {
        List<JsonObject> groups = groups(stats("groupBy", "merchant"));
        assertTrue(groups.stream().anyMatch(g -> g.getString("key").equals(merchant.id())));
        List<String> keys = groups.stream().map(g -> g.getString("key")).toList();
        assertEquals(keys.stream().sorted().toList(), keys, "groups ordered by key");
    }

    @Test
    void failedAndPendingAuthenticationsCountWithoutAFlowOfTheirOwn() {
        Merchant mixed = Gateway.newMerchant("worldline");
        AuditApi.authenticate(mixed, Gateway.reference(), "4000000000002701");
        AuditApi.authenticate(mixed, Gateway.reference(), "4000000000002503");
        Sandbox.fault("worldline", "{\"status\": 503, \"remaining\": 1}");
        try {
            Answer failed = Gateway.createAuthentication(mixed.key(), UUID.randomUUID().toString(),
                    Gateway.authenticationRequest(Gateway.reference(), "4000000000002701",
                            "https://shop.example/done"));
            assertEquals(503, failed.status(), failed.body());
        } finally {
            Sandbox.clearFaults("worldline");
        }
        JsonObject group = groups(stats("merchantId", mixed.id(), "groupBy", "merchant")).get(0);
        assertEquals(3, group.getJsonNumber("authentications").longValue());
        JsonObject byStatus = group.getJsonObject("transStatus");
        assertEquals(List.of(1, 1, 1), List.of(byStatus.getInt("Y"), byStatus.getInt("C"), byStatus.getInt("E")),
                "completed, waiting for the challenge, failed");
        assertEquals(rate("flow = 'FRICTIONLESS'", mixed), group.getJsonNumber("frictionlessRate").doubleValue(), 1e-4);
        assertEquals(rate("flow IN ('CHALLENGE', 'THREEDS1')", mixed), group.getJsonNumber("challengeRate")
                .doubleValue(), 1e-4);
        assertEquals(rate("liability_shift", mixed), group.getJsonNumber("liabilityShiftRate").doubleValue(), 1e-4);
        assertEquals(200, AuditApi.json(STATS + "?groupBy=day", auditor.key()).status(), "every merchant together");
    }

    @Test
    void theOpenApiDocumentSaysWhatEachNumberMeans() {
        Answer doc = Gateway.get("/openapi", null);
        assertEquals(200, doc.status());
        for (String text : List.of("/api/v1/audit/stats", "/api/v1/audit/events", "/api/v1/audit/authentications",
                "/api/v1/partners", "text/csv", "frictionlessRate", "whose flow is FRICTIONLESS", "challengeRate",
                "CHALLENGE or THREEDS1", "liabilityShiftRate", "latencyP50Ms", "latencyP95Ms", "nearest-rank",
                "withoutResult")) {
            assertTrue(doc.body().contains(text), "the OpenAPI document names " + text);
        }
    }

    private static double rate(String condition, Merchant of) {
        return Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_id = ? AND " + condition, of.id())
                / 3.0;
    }

    private static void assertKnownOutcomes(JsonObject group) {
        assertEquals(4, group.getJsonNumber("authentications").longValue());
        JsonObject byStatus = group.getJsonObject("transStatus");
        assertEquals(List.of("Y", "A", "N", "U", "R", "C", "D", "I", "E"), List.copyOf(byStatus.keySet()));
        assertEquals(1, byStatus.getInt("Y"));
        assertEquals(1, byStatus.getInt("A"), "A is its own status, never folded into Y or N");
        assertEquals(1, byStatus.getInt("N"));
        assertEquals(1, byStatus.getInt("U"));
        for (String other : List.of("R", "C", "D", "I", "E")) {
            assertEquals(0, byStatus.getInt(other));
        }
        assertEquals(0, group.getJsonNumber("withoutResult").longValue());
        assertEquals(0.75, group.getJsonNumber("frictionlessRate").doubleValue(), 1e-9, "Y, A and N were frictionless");
        assertEquals(0.0, group.getJsonNumber("challengeRate").doubleValue(), 1e-9);
        assertEquals(0.5, group.getJsonNumber("liabilityShiftRate").doubleValue(), 1e-9, "Y and A shift liability");

        List<Long> latencies = Database.rows("SELECT p.latency_ms FROM provider_call p JOIN authentication a "
                + "ON a.id = p.authentication_id WHERE a.merchant_id = ? ORDER BY p.latency_ms", merchant.id())
                .stream().map(row -> ((Number) row.get("latency_ms")).longValue()).toList();
        assertTrue(latencies.size() >= 4, "one call per authentication at least: " + latencies);
        assertEquals(latencies.size(), group.getJsonNumber("providerCalls").longValue());
        assertEquals(nearestRank(latencies, 50), group.getJsonNumber("latencyP50Ms").longValue());
        assertEquals(nearestRank(latencies, 95), group.getJsonNumber("latencyP95Ms").longValue());
    }

    /** The smallest latency that at least {@code percent} % of the (sorted) latencies do not exceed. */
    private static long nearestRank(List<Long> sorted, int percent) {
        int rank = (percent * sorted.size() + 99) / 100;
        return sorted.get(rank - 1);
    }

    private static JsonObject stats(String... pairs) {
        Answer answer = AuditApi.json(STATS + AuditApi.query(pairs), auditor.key());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static List<JsonObject> groups(JsonObject stats) {
        return stats.getJsonArray("groups").stream().map(JsonValue::asJsonObject).toList();
    }

    private static String rfc3339(Timestamp stored) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").format(stored.toLocalDateTime());
    }
}
