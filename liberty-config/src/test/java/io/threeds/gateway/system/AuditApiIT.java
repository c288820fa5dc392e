package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The auditor's API (API.md §5) against what is really stored: every filter, keyset pages while rows
 * arrive, CSV, verification after tampering, every read audited, and no card number or
 * authentication value in anything an auditor gets.
 */
class AuditApiIT {
    private static final String EVENTS = "/api/v1/audit/events";
    private static final String AUTHENTICATIONS = "/api/v1/audit/authentications";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final List<String> AUTHENTICATION_COLUMNS = List.of("id", "createdAt", "updatedAt", "merchantId",
            "merchantReference", "provider", "state", "transStatus", "transStatusReason", "eci", "flow",
            "liabilityShift", "recommendedAction", "threeDSVersion", "dsTransactionId", "acsTransactionId",
            "threeDSServerTransactionId", "cardBin", "cardLast4", "cardBrand", "amountValue", "amountCurrency",
            "authorizationStatus");
    private static final List<String> EVENT_COLUMNS = List.of("id", "sequence", "at", "type", "actor", "actorRole",
            "merchantId", "authenticationId", "outcome", "details", "previousHash", "hash", "chainPosition");
    private static Auditor auditor;

    @BeforeAll
    static void auditor() {
        auditor = AuditApi.newAuditor();
    }

    @Test
    void eventsFilterByAuthenticationMerchantTypeActorAndTime() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String first = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");
        AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002925");

        List<JsonObject> ofFirst = AuditApi.items(events("authenticationId", first));
        assertEquals(storedEvents("authentication_id = ?", first),
                ofFirst.stream().map(e -> e.getString("id")).toList());
        assertEquals(List.of("authentication.completed", "authentication.requested"),
                ofFirst.stream().map(e -> e.getString("type")).toList(), "newest first");
        assertEventIsAsStored(ofFirst.get(1));

        List<String> ofMerchant = AuditApi.ids(events("merchantId", merchant.id()));
        assertEquals(storedEvents("merchant_id = ?", merchant.id()), ofMerchant);
        assertEquals(5, ofMerchant.size(), "merchant.created and two events per authentication");

        assertEquals(storedEvents("merchant_id = ? AND type = ?", merchant.id(), "authentication.requested"),
                AuditApi.ids(events("merchantId", merchant.id(), "type", "authentication.requested")));
        assertEquals(2, AuditApi.ids(events("merchantId", merchant.id(), "type", "authentication.requested")).size());

        List<String> byActor = AuditApi.ids(events("actor", "merchant:" + merchant.id()));
        assertEquals(storedEvents("actor = ?", "merchant:" + merchant.id()), byActor);
        assertEquals(4, byActor.size());

        List<Map<String, Object>> stored = Database.rows(
                "SELECT at FROM audit_event WHERE merchant_id = ? ORDER BY sequence", merchant.id());
        Timestamp from = (Timestamp) stored.get(1).get("at");
        Timestamp to = (Timestamp) stored.get(4).get("at");
        List<String> inRange = AuditApi.ids(events("merchantId", merchant.id(), "from", rfc3339(from), "to",
                rfc3339(to)));
        assertEquals(storedEvents("merchant_id = ? AND at >= ? AND at < ?", merchant.id(), from, to), inRange);
        assertEquals(3, inRange.size());
    }

    @Test
    void authenticationsFilterByEveryParameter() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String yReference = Gateway.reference();
        String y = AuditApi.authenticate(merchant, yReference, "4000000000002701").getString("id");
        String nReference = Gateway.reference();
        String n = AuditApi.authenticate(merchant, nReference, "4000000000002925").getString("id");
        String u = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002313").getString("id");
        String m = merchant.id();

        assertEquals(storedAuthentications("merchant_id = ?", m), ids(authentications("merchantId", m)));
        assertEquals(List.of(u, n, y), ids(authentications("merchantId", m)), "newest first");
        assertEquals(List.of(u, n, y), ids(authentications("merchantId", m, "provider", "worldline")));
        assertEquals(List.of(), ids(authentications("merchantId", m, "provider", "verifone")));
        assertEquals(List.of(n), ids(authentications("merchantId", m, "transStatus", "N")));
        assertEquals(List.of(u), ids(authentications("merchantId", m, "transStatus", "U")));
        assertEquals(List.of(y), ids(authentications("merchantId", m, "liabilityShift", "true")));
        assertEquals(List.of(u, n), ids(authentications("merchantId", m, "liabilityShift", "false")));
        assertEquals(List.of(n), ids(authentications("merchantReference", nReference)));
        assertEquals(List.of(y), ids(authentications("merchantReference", yReference, "last4", "2701")));
        assertEquals(List.of(n), ids(authentications("merchantId", m, "last4", "2925")));
        assertEquals(List.of(), ids(authentications("merchantId", m, "last4", "0000")));

        Timestamp from = (Timestamp) Database.rows("SELECT created_at FROM authentication WHERE id = ?", y).get(0)
                .get("created_at");
        Timestamp to = (Timestamp) Database.rows("SELECT created_at FROM authentication WHERE id = ?", u).get(0)
                .get("created_at");
        List<String> inRange = ids(authentications("merchantId", m, "from", rfc3339(from), "to", rfc3339(to)));
        assertEquals(storedAuthentications("merchant_id = ? AND created_at >= ? AND created_at < ?", m, from, to),
                inRange);
        assertTrue(inRange.contains(y) && !inRange.contains(u));

        for (JsonObject item : AuditApi.items(authentications("merchantId", m))) {
            assertTrue(item.isNull("authenticationValue"), "auditors never see the authentication value");
            assertTrue(item.getJsonObject("card").isNull("expiryMonth"), "nor the expiry");
            assertEquals(8, item.getJsonObject("card").getString("bin").length());
            assertEquals(4, item.getJsonObject("card").getString("last4").length());
        }
    }

    @Test
    void pagesFollowEachOtherWithoutDuplicatesOrGapsWhileNewRowsArrive() {
        Merchant merchant = Gateway.newMerchant("worldline");
        for (int i = 0; i < 7; i++) {
            AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701");
        }
        String m = merchant.id();
        List<String> expectedAuthentications = storedAuthentications("merchant_id = ?", m);
        List<String> expectedEvents = storedEvents("merchant_id = ? AND type = ?", m, "authentication.requested");

        Answer authentications1 = authentications("merchantId", m, "limit", "3");
        Answer events1 = events("merchantId", m, "type", "authentication.requested", "limit", "3");
        AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701");
        AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002925");
        Answer authentications2 = authentications("merchantId", m, "limit", "3", "cursor", next(authentications1));
        Answer events2 = events("merchantId", m, "type", "authentication.requested", "limit", "3", "cursor",
                next(events1));
        AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002313");
        Answer authentications3 = authentications("merchantId", m, "limit", "3", "cursor", next(authentications2));
        Answer events3 = events("merchantId", m, "type", "authentication.requested", "limit", "3", "cursor",
                next(events2));

        List<String> pagedAuthentications = concat(authentications1, authentications2, authentications3);
        assertEquals(expectedAuthentications, pagedAuthentications);
        assertEquals(7, new HashSet<>(pagedAuthentications).size());
        assertTrue(authentications3.json().isNull("nextCursor"), "the last page says so");
        assertEquals(1, AuditApi.ids(authentications3).size());
        assertEquals(expectedEvents, concat(events1, events2, events3));
        assertTrue(events3.json().isNull("nextCursor"));

        List<String> newestNow = storedAuthentications("merchant_id = ?", m).subList(0, 3);
        assertEquals(newestNow, ids(authentications("merchantId", m, "limit", "3")),
                "a new first page starts with the rows added meanwhile");
    }

    @Test
    void limitIsAtMost500() {
        assertEquals(List.of("limit"), AuditApi.violatedFields(authentications("limit", "501")));
        assertEquals(List.of("limit"), AuditApi.violatedFields(events("limit", "501")));
        assertEquals(200, events("limit", "500").status());
        assertEquals(200, authentications("limit", "500").status());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/audit/events?limit=0                            | limit",
            "/api/v1/audit/events?limit=ten                          | limit",
            "/api/v1/audit/events?cursor=not-a-cursor                | cursor",
            "/api/v1/audit/events?from=yesterday                     | from",
            "/api/v1/audit/events?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z | to",
            "/api/v1/audit/events?merchantid=x                       | merchantid",
            "/api/v1/audit/events?type=a&type=b                      | type",
            "/api/v1/audit/authentications?transStatus=Q             | transStatus",
            "/api/v1/audit/authentications?transStatus=y             | transStatus",
            "/api/v1/audit/authentications?liabilityShift=maybe      | liabilityShift",
            "/api/v1/audit/authentications?last4=12a4                | last4",
            "/api/v1/audit/authentications?last4=27010               | last4",
            "/api/v1/audit/authentications?to=2026-13-01T00:00:00Z   | to",
            "/api/v1/audit/authentications?cursor=ZTE6NQ             | cursor",
            "/api/v1/audit/authentications?authenticationId=x        | authenticationId",
            "/api/v1/audit/stats?groupBy=week                        | groupBy",
            "/api/v1/audit/stats?limit=5                             | limit"})
    void badParametersAre400NamingTheParameter(String path, String field) {
        Answer answer = AuditApi.json(path, auditor.key());
        assertEquals(List.of(field), AuditApi.violatedFields(answer));
        assertEquals("/problems/validation", answer.json().getString("type"));
    }

    @Test
    void csvHasAHeaderRowRfc4180QuotingAndNeutralisedFormulas() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String formula = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
        List<String> references = List.of(formula, "+1-2", "-3,\"four\"", "@SUM(A1:A9)", "plain " + UUID.randomUUID());
        for (String reference : references) {
            AuditApi.authenticate(merchant, reference.replace("\"", "\\\""), "4000000000002701");
        }
        Answer csv = AuditApi.csv(AUTHENTICATIONS + AuditApi.query("merchantId", merchant.id()), auditor.key());
        assertEquals("text/csv", csv.header("Content-Type").split(";")[0].trim());
        assertEquals("attachment; filename=\"audit-authentications.csv\"", csv.header("Content-Disposition"));
        assertTrue(csv.header("Cache-Control").contains("no-store"));
        assertEquals(AUTHENTICATION_COLUMNS, AuditApi.records(csv.body()).get(0));
        assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\""), csv.body());

        List<Map<String, String>> rows = AuditApi.rows(csv);
        assertEquals(ids(authentications("merchantId", merchant.id())), rows.stream().map(r -> r.get("id")).toList(),
                "the same rows as JSON, in the same order");
        List<String> written = rows.stream().map(r -> r.get("merchantReference")).toList();
        assertEquals(List.of("plain", "'@SUM(A1:A9)", "'-3,\"four\"", "'+1-2", "'" + formula),
                written.stream().map(w -> w.startsWith("plain ") ? "plain" : w).toList());
        for (Map<String, String> row : rows) {
            assertEquals("4000000000002701".substring(0, 8), row.get("cardBin"));
            assertEquals("2701", row.get("cardLast4"));
            assertEquals("Y", row.get("transStatus"));
            assertEquals("true", row.get("liabilityShift"));
            assertEquals("1000", row.get("amountValue"));
        }
        assertEquals(2, AuditApi.rows(AuditApi.csv(AUTHENTICATIONS + AuditApi.query("merchantId", merchant.id(),
                "limit", "2"), auditor.key())).size(), "limit caps the CSV too");

        AuditApi.verifySealed(auditor.key(), "");
        Answer eventsCsv = AuditApi.csv(EVENTS + AuditApi.query("merchantId", merchant.id()), auditor.key());
        assertEquals(EVENT_COLUMNS, AuditApi.records(eventsCsv.body()).get(0));
        List<Map<String, String>> events = AuditApi.rows(eventsCsv);
        assertEquals(AuditApi.ids(events("merchantId", merchant.id())), events.stream().map(r -> r.get("id")).toList());
        for (Map<String, String> event : events) {
            Map<String, Object> stored = Database.rows("SELECT * FROM audit_event WHERE id = ?", event.get("id"))
                    .get(0);
            assertEquals(stored.get("details"), event.get("details"), "details as the canonical JSON that was hashed");
            assertEquals(Database.rows("SELECT hash FROM audit_seal WHERE event_id = ?", event.get("id")).get(0)
                    .get("hash"), event.get("hash"));
            try (JsonReader reader = Json.createReader(new StringReader(event.get("details")))) {
                assertNotNull(reader.readObject());
            }
        }
    }

    @Test
    void csvStreamsEveryRowAcrossDatabasePages() {
        Auditor busy = AuditApi.newAuditor();
        for (int i = 0; i < 505; i++) {
            Answer read = AuditApi.json("/api/v1/audit/stats?merchantId=" + UUID.randomUUID(), busy.key());
            assertEquals(200, read.status());
        }
        Answer csv = AuditApi.csv(EVENTS + AuditApi.query("actor", busy.actor()), busy.key());
        List<Map<String, String>> rows = AuditApi.rows(csv);
        assertEquals(506, rows.size(), "505 reads, and the CSV read itself, recorded before it streams");
        assertEquals(storedEvents("actor = ?", busy.actor()), rows.stream().map(r -> r.get("id")).toList());
        assertEquals(506, new HashSet<>(rows.stream().map(r -> r.get("sequence")).toList()).size());
    }

    @Test
    void everyReadIsItselfAnAuditEvent() {
        Auditor reader = AuditApi.newAuditor();
        String merchantId = UUID.randomUUID().toString();
        AuditApi.json(EVENTS + AuditApi.query("merchantId", merchantId), reader.key());
        AuditApi.csv(AUTHENTICATIONS + AuditApi.query("merchantId", merchantId, "transStatus", "Y"), reader.key());
        AuditApi.json("/api/v1/audit/stats" + AuditApi.query("merchantId", merchantId, "groupBy", "day"), reader.key());
        List<Map<String, Object>> reads = Database.rows("SELECT * FROM audit_event WHERE actor = ? AND type = ? "
                + "ORDER BY sequence", reader.actor(), "audit.read");
        assertEquals(3, reads.size());
        assertEquals("auditor", reads.get(0).get("actor_role"));
        assertEquals("READ", reads.get(0).get("outcome"));
        JsonObject events = details(reads.get(0));
        assertEquals("events", events.getString("resource"));
        assertEquals("json", events.getString("format"));
        assertEquals(merchantId, events.getString("merchantId"));
        JsonObject csv = details(reads.get(1));
        assertEquals("authentications", csv.getString("resource"));
        assertEquals("csv", csv.getString("format"));
        assertEquals("Y", csv.getString("transStatus"));
        JsonObject stats = details(reads.get(2));
        assertEquals("stats", stats.getString("resource"));
        assertEquals("day", stats.getString("groupBy"));
    }

    @Test
    void anAuditorsReadOfOneAuthenticationIsAudited() {
        Auditor reader = AuditApi.newAuditor();
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");
        assertEquals(200, Gateway.get("/api/v1/authentications/" + id, reader.key()).status());
        assertEquals(200, Gateway.get("/api/v1/authentications/" + id, merchant.key()).status());
        List<Map<String, Object>> reads = Database.rows("SELECT * FROM audit_event WHERE authentication_id = ? "
                + "AND type = ?", id, "audit.read");
        assertEquals(1, reads.size(), "the auditor's read, not the merchant's own");
        assertEquals(reader.actor(), reads.get(0).get("actor"));
        assertEquals(merchant.id(), reads.get(0).get("merchant_id"));
        assertEquals("authentication", details(reads.get(0)).getString("resource"));
    }

    @Test
    void aChangedRowIsFoundByAVerificationWhoseRangeCoversIt() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");
        AuditApi.verifySealed(auditor.key(), "");
        Map<String, Object> tampered = Database.rows("SELECT * FROM audit_event WHERE authentication_id = ? "
                + "ORDER BY sequence", id).get(0);
        Timestamp at = (Timestamp) tampered.get("at");
        Database.update("UPDATE audit_event SET details = ? WHERE id = ?", "{\"amount\":\"1 EUR\"}",
                tampered.get("id"));
        try {
            JsonObject whole = verify("");
            assertFalse(whole.getBoolean("verified"));
            assertEquals(tampered.get("id"), whole.getString("firstBrokenEventId"));
            JsonObject covering = verify(AuditApi.query("from", rfc3339(at)));
            assertFalse(covering.getBoolean("verified"));
            assertEquals(tampered.get("id"), covering.getString("firstBrokenEventId"));
            JsonObject before = verify(AuditApi.query("to", rfc3339(new Timestamp(at.getTime() - 1))));
            assertTrue(before.getBoolean("verified"), "a range that ends before the change still verifies");
        } finally {
            Database.update("UPDATE audit_event SET details = ? WHERE id = ?", tampered.get("details"),
                    tampered.get("id"));
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    @Test
    void aDeletedRowIsFoundAndTheAuditApiShowsTheGap() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");
        AuditApi.verifySealed(auditor.key(), "");
        Map<String, Object> row = Database.rows("SELECT * FROM audit_event WHERE authentication_id = ? "
                + "ORDER BY sequence", id).get(0);
        Database.update("DELETE FROM audit_event WHERE id = ?", row.get("id"));
        try {
            JsonObject result = verify(AuditApi.query("from", rfc3339((Timestamp) row.get("at"))));
            assertFalse(result.getBoolean("verified"));
            assertEquals(row.get("id"), result.getString("firstBrokenEventId"), "named by the link it left");
            assertEquals(storedEvents("authentication_id = ?", id), AuditApi.ids(events("authenticationId", id)));
            assertEquals(1, AuditApi.ids(events("authenticationId", id)).size());
        } finally {
            Database.update("INSERT INTO audit_event (id, sequence, at, type, actor, actor_role, merchant_id, "
                            + "authentication_id, outcome, details) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    row.get("id"), row.get("sequence"), row.get("at"), row.get("type"), row.get("actor"),
                    row.get("actor_role"), row.get("merchant_id"), row.get("authentication_id"), row.get("outcome"),
                    row.get("details"));
        }
        assertTrue(verify("").getBoolean("verified"));
    }

    @Test
    void auditorsGetNoCardNumberAndNoAuthenticationValueAnywhere() {
        Merchant merchant = Gateway.newMerchant("worldline");
        List<String> cards = List.of("4000000000002701", "4000000000002719");
        List<String> values = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String card : cards) {
            JsonObject created = AuditApi.authenticate(merchant, Gateway.reference(), card);
            assertFalse(created.isNull("authenticationValue"), "the merchant itself gets it");
            values.add(created.getString("authenticationValue"));
            ids.add(created.getString("id"));
        }
        String m = merchant.id();
        List<Answer> answers = new ArrayList<>(List.of(
                authentications("merchantId", m),
                AuditApi.csv(AUTHENTICATIONS + AuditApi.query("merchantId", m), auditor.key()),
                events("merchantId", m),
                AuditApi.csv(EVENTS + AuditApi.query("merchantId", m), auditor.key()),
                AuditApi.json("/api/v1/audit/stats" + AuditApi.query("merchantId", m), auditor.key())));
        for (String id : ids) {
            answers.add(events("authenticationId", id));
            answers.add(AuditApi.json("/api/v1/authentications/" + id, auditor.key()));
        }
        for (Answer answer : answers) {
            assertEquals(200, answer.status(), answer.body());
            for (String card : cards) {
                assertFalse(answer.body().contains(card), "no card number in " + answer.response().uri());
                assertFalse(answer.body().contains(card.substring(0, 12)), "nor most of it");
            }
            for (String value : values) {
                assertFalse(answer.body().contains(value), "no authentication value in " + answer.response().uri());
            }
        }
        for (String id : ids) {
            JsonObject read = AuditApi.json("/api/v1/authentications/" + id, auditor.key()).json();
            assertTrue(read.isNull("authenticationValue"));
            assertTrue(read.getJsonObject("card").isNull("expiryYear"));
        }
    }

    private static Answer events(String... pairs) {
        return AuditApi.json(EVENTS + (pairs.length == 0 ? "" : AuditApi.query(pairs)), auditor.key());
    }

    private static Answer authentications(String... pairs) {
        return AuditApi.json(AUTHENTICATIONS + (pairs.length == 0 ? "" : AuditApi.query(pairs)), auditor.key());
    }

    private static List<String> ids(Answer page) {
        return AuditApi.ids(page);
    }

    private static String next(Answer page) {
        assertEquals(200, page.status(), page.body());
        assertFalse(page.json().isNull("nextCursor"), "there is a next page: " + page.body());
        return page.json().getString("nextCursor");
    }

    private static List<String> concat(Answer... pages) {
        return Stream.of(pages).flatMap(page -> AuditApi.ids(page).stream()).toList();
    }

    private static JsonObject verify(String query) {
        Answer answer = AuditApi.json("/api/v1/audit/verify" + query, auditor.key());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static List<String> storedEvents(String where, Object... parameters) {
        return Database.rows("SELECT id FROM audit_event WHERE " + where + " ORDER BY sequence DESC", parameters)
                .stream().map(row -> (String) row.get("id")).toList();
    }

    private static List<String> storedAuthentications(String where, Object... parameters) {
        return Database.rows("SELECT id FROM authentication WHERE " + where + " ORDER BY created_at DESC, id DESC",
                parameters).stream().map(row -> (String) row.get("id")).toList();
    }

    private static void assertEventIsAsStored(JsonObject event) {
        Map<String, Object> row = Database.rows("SELECT * FROM audit_event WHERE id = ?", event.getString("id")).get(0);
        assertEquals(((Number) row.get("sequence")).longValue(), event.getJsonNumber("sequence").longValue());
        assertEquals(rfc3339((Timestamp) row.get("at")), event.getString("at"));
        assertEquals(row.get("actor"), event.getString("actor"));
        assertEquals(row.get("actor_role"), event.getString("actorRole"));
        assertEquals(row.get("merchant_id"), event.getString("merchantId"));
        assertEquals(row.get("authentication_id"), event.getString("authenticationId"));
        assertEquals(row.get("outcome"), event.getString("outcome"));
        assertEquals(details(row), event.getJsonObject("details"));
        List<Map<String, Object>> seal = Database.rows("SELECT * FROM audit_seal WHERE event_id = ?", row.get("id"));
        if (event.getBoolean("sealed")) {
            assertEquals(seal.get(0).get("previous_hash"), event.getString("previousHash"));
            assertEquals(seal.get(0).get("hash"), event.getString("hash"));
            assertEquals(((Number) seal.get(0).get("chain_position")).longValue(),
                    event.getJsonNumber("chainPosition").longValue());
        } else {
            assertTrue(event.isNull("hash") && event.isNull("previousHash") && event.isNull("chainPosition"),
                    "a pending event has no link yet");
        }
    }

    private static JsonObject details(Map<String, Object> row) {
        try (JsonReader reader = Json.createReader(new StringReader((String) row.get("details")))) {
            return reader.readObject();
        }
    }

    private static String rfc3339(Timestamp stored) {
        LocalDateTime utc = stored.toLocalDateTime();
        return AT.format(utc);
    }
}
