package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Auditors, partners and the audit API, seen from outside: keys from the admin API, CSV read by RFC 4180. */
final class AuditApi {
    private AuditApi() {
    }

    record Auditor(String id, String key) {
        String actor() {
            return "auditor:" + id;
        }
    }

    record Partner(String id, String key) {
        String actor() {
            return "partner:" + id;
        }
    }

    static Auditor newAuditor() {
        Answer created = Gateway.postJson("/api/v1/auditors", Gateway.adminKey(),
                "{\"name\":\"auditor-" + UUID.randomUUID() + "\"}");
        assertEquals(201, created.status(), created.body());
        return new Auditor(created.json().getString("id"), created.json().getString("apiKey"));
    }

    /** A partner linked to these merchants: an admin asks, each merchant consents with its own key. */
    static Partner newPartner(Gateway.Merchant... merchants) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (Gateway.Merchant merchant : merchants) {
            ids.add(merchant.id());
        }
        Answer created = Gateway.postJson("/api/v1/partners", Gateway.adminKey(), Json.createObjectBuilder()
                .add("name", "partner-" + UUID.randomUUID()).add("merchantIds", ids).build().toString());
        assertEquals(201, created.status(), created.body());
        for (Gateway.Merchant merchant : merchants) {
            String linkId = created.json().getJsonArray("pendingLinks").stream().map(JsonValue::asJsonObject)
                    .filter(link -> link.getString("merchantId").equals(merchant.id())).findFirst().orElseThrow()
                    .getString("linkId");
            Answer consent = Gateway.postJson("/api/v1/partner-links/" + linkId + "/consent", merchant.key(), "");
            assertEquals(200, consent.status(), consent.body());
        }
        return new Partner(created.json().getString("id"), created.json().getString("apiKey"));
    }

    /** A frictionless worldline authentication of the merchant, asserted created. */
    static JsonObject authenticate(Gateway.Merchant merchant, String reference, String card) {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(reference, card, "https://shop.example/done"));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /**
     * Verifies once every event written so far is sealed: polls verify until it reports no pending event
     * (each verify writes its own audit event, which the next poll finds sealed), for at most 20 s.
     */
    static JsonObject verifySealed(String key, String query) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            Answer answer = json("/api/v1/audit/verify" + query, key);
            assertEquals(200, answer.status(), answer.body());
            JsonObject result = answer.json();
            if (result.getJsonNumber("pendingEvents").longValue() == 0 || System.nanoTime() > deadline) {
                return result;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }

    static Answer json(String path, String key) {
        return Gateway.send(Gateway.request(path, key).header("Accept", "application/json").GET());
    }

    static Answer csv(String path, String key) {
        return Gateway.send(Gateway.request(path, key).header("Accept", "text/csv").GET());
    }

    /** The items of a 200 page. */
    static List<JsonObject> items(Answer page) {
        assertEquals(200, page.status(), page.body());
        return page.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    static List<String> ids(Answer page) {
        return items(page).stream().map(item -> item.getString("id")).toList();
    }

    /** A query string from name/value pairs, each value URL-encoded. */
    static String query(String... pairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** RFC 4180: records end with CRLF, quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> records(String csv) {
        assertTrue(csv.isEmpty() || csv.endsWith("\r\n"), "the last record ends with CRLF");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote opens a field, at " + i);
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1), "CR only in CRLF outside quotes, at " + i);
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "a bare LF outside quotes, at " + i);
                field.append(c);
            }
        }
        return records;
    }

    /** The CSV's data rows as maps from the header row's names. */
    static List<Map<String, String>> rows(Answer csv) {
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        List<List<String>> records = records(csv.body());
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(header.size(), record.size(), "every record as wide as the header: " + record);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The violated fields of a 400 problem. */
    static List<String> violatedFields(Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        return answer.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
    }
}
