package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.AuditApi.Partner;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every endpoint (API.md §1): who gets 200/201, who 403 (the role may not call it)
 * and who 404 (another merchant's resource). A partner always sends the Merchant-Id of a merchant it
 * is linked to; an admin reaches no authentication and no audit data.
 */
class RoleMatrixIT {
    private static final String CARD = "4000000000002701";
    private static Merchant merchant;
    private static Merchant other;
    private static Partner partner;
    private static Auditor auditor;
    private static JsonObject own;
    private static String othersId;

    enum Role { MERCHANT, PARTNER, AUDITOR, ADMIN }

    @BeforeAll
    static void everyone() {
        merchant = Gateway.newMerchant("worldline");
        other = Gateway.newMerchant("worldline");
        partner = AuditApi.newPartner(merchant);
        auditor = AuditApi.newAuditor();
        own = AuditApi.authenticate(merchant, Gateway.reference(), CARD);
        othersId = AuditApi.authenticate(other, Gateway.reference(), CARD).getString("id");
    }

    /** One endpoint: how to call it with a role's credentials, and the status each role gets. */
    record Endpoint(String name, Function<String, Answer> call, int... statuses) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /merchants", role -> post("/api/v1/merchants", role,
                        "{\"name\":\"m-" + UUID.randomUUID() + "\"}"), 403, 403, 403, 201),
                new Endpoint("GET /merchants/{id}", role -> get("/api/v1/merchants/" + merchant.id(), role),
                        403, 403, 403, 200),
                new Endpoint("POST /auditors", role -> post("/api/v1/auditors", role,
                        "{\"name\":\"a-" + UUID.randomUUID() + "\"}"), 403, 403, 403, 201),
                new Endpoint("POST /partners", role -> post("/api/v1/partners", role,
                        "{\"name\":\"p\",\"merchantIds\":[\"" + merchant.id() + "\"]}"), 403, 403, 403, 201),
                new Endpoint("GET /partners/{id}", role -> get("/api/v1/partners/" + partner.id(), role),
                        403, 403, 403, 200),
                new Endpoint("GET /merchants/{id}/keys", role -> get("/api/v1/merchants/" + merchant.id() + "/keys",
                        role), 403, 403, 403, 200),
                new Endpoint("POST /merchants/{id}/keys", role -> post("/api/v1/merchants/" + merchant.id() + "/keys",
                        role, "{}"), 403, 403, 403, 201),
                new Endpoint("POST /merchants/{id}/webhook-secret", role -> post("/api/v1/merchants/" + merchant.id()
                        + "/webhook-secret", role, "{}"), 403, 403, 403, 201),
                new Endpoint("POST /partners/{id}/merchants", role -> post("/api/v1/partners/" + partner.id()
                        + "/merchants", role, "{\"merchantId\":\"" + Gateway.newMerchant("worldline").id() + "\"}"),
                        403, 403, 403, 202),
                new Endpoint("GET /partner-links", role -> get("/api/v1/partner-links", role), 200, 403, 403, 403),
                new Endpoint("POST /authentications", role -> Gateway.send(request("/api/v1/authentications", role)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(Gateway.authenticationRequest(Gateway.reference(),
                                CARD, "https://shop.example/done")))), 201, 201, 403, 403),
                new Endpoint("GET /authentications/{own}",
                        role -> get("/api/v1/authentications/" + own.getString("id"), role), 200, 200, 200, 403),
                new Endpoint("GET /authentications/{another merchant's}",
                        role -> get("/api/v1/authentications/" + othersId, role), 404, 404, 200, 403),
                new Endpoint("GET /authentications/{unknown}",
                        role -> get("/api/v1/authentications/" + UUID.randomUUID(), role), 404, 404, 404, 403),
                new Endpoint("GET /authentications?merchantReference", role -> get(
                        "/api/v1/authentications?merchantReference=" + own.getString("merchantReference"), role),
                        200, 200, 403, 403),
                new Endpoint("GET /audit/events", role -> get("/api/v1/audit/events?limit=1", role),
                        403, 403, 200, 403),
                new Endpoint("GET /audit/events as CSV", role -> csv("/api/v1/audit/events?limit=1", role),
                        403, 403, 200, 403),
                new Endpoint("GET /audit/authentications", role -> get("/api/v1/audit/authentications?limit=1", role),
                        403, 403, 200, 403),
                new Endpoint("GET /audit/authentications as CSV",
                        role -> csv("/api/v1/audit/authentications?limit=1", role), 403, 403, 200, 403),
                new Endpoint("GET /audit/verify", role -> get("/api/v1/audit/verify", role), 403, 403, 200, 403),
                new Endpoint("GET /audit/stats", role -> get("/api/v1/audit/stats?merchantId=" + merchant.id(), role),
                        403, 403, 200, 403));
    }

    static Stream<Arguments> matrix() {
        return endpoints().stream().flatMap(endpoint -> Stream.of(Role.values())
                .map(role -> Arguments.of(endpoint, role, endpoint.statuses()[role.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void roleGetsItsStatus(Endpoint endpoint, Role role, int expected) {
        Answer answer = endpoint.call().apply(role.name());
        assertEquals(expected, answer.status(), endpoint + " as " + role + ": " + answer.body());
        if (expected == 403) {
            assertEquals("/problems/forbidden", answer.json().getString("type"));
        } else if (expected == 404) {
            assertEquals("/problems/not-found", answer.json().getString("type"));
        }
        assertFalse(answer.body().contains(CARD), "no card number, whoever asks");
        if (role != Role.MERCHANT && role != Role.PARTNER && !own.isNull("authenticationValue")) {
            assertFalse(answer.body().contains(own.getString("authenticationValue")),
                    "the authentication value is for the merchant (or its partner) only");
        }
    }

    @ParameterizedTest(name = "{0} without a key -> 401")
    @MethodSource("endpoints")
    void noKeyIs401(Endpoint endpoint) {
        Answer answer = endpoint.call().apply(null);
        assertEquals(401, answer.status(), endpoint.name());
        assertEquals("Bearer", answer.header("WWW-Authenticate"));
        assertEquals("/problems/unauthorized", answer.json().getString("type"));
    }

    /** The role's key travels as its name until the request is built, so the matrix reads well. */
    private static HttpRequest.Builder request(String path, String role) {
        if (role == null) {
            return Gateway.request(path, null);
        }
        return switch (Role.valueOf(role)) {
            case MERCHANT -> Gateway.request(path, merchant.key());
            case PARTNER -> Gateway.request(path, partner.key()).header("Merchant-Id", merchant.id());
            case AUDITOR -> Gateway.request(path, auditor.key());
            case ADMIN -> Gateway.request(path, Gateway.adminKey());
        };
    }

    private static Answer get(String path, String role) {
        return Gateway.send(request(path, role).GET());
    }

    private static Answer csv(String path, String role) {
        return Gateway.send(request(path, role).header("Accept", "text/csv").GET());
    }

    private static Answer post(String path, String role, String body) {
        return Gateway.send(request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
