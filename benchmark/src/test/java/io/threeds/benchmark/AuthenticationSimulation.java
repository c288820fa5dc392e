package io.threeds.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.UUID;

/**
 * The merchant's two hot paths against a running gateway and its sandbox: a frictionless worldline
 * authentication (one provider call, stored with its audit event, answered COMPLETED) read back, and a
 * challenge started (PENDING_BROWSER with a hosted-page token). Closed model: {@code users} merchants'
 * servers each sending the next request when the last one answered, after a ramp, for {@code seconds}.
 * Gatling reports latency percentiles and throughput; the only assertion is that nothing failed.
 */
public class AuthenticationSimulation extends Simulation {
    private static final String URL = System.getProperty("gateway.url", "http://localhost:9080");
    private static final int USERS = Integer.getInteger("users", 8);
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final String REQUEST = """
            {"merchantReference": "bench-%s", "amount": {"value": 1000, "currency": "EUR"},
             "card": {"number": "%s", "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe"},
             "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0", "ipAddress": "192.0.2.10",
                         "language": "en-US", "colorDepth": 24, "screenHeight": 1080, "screenWidth": 1920,
                         "timeZoneOffsetMinutes": -60, "javaEnabled": false, "javascriptEnabled": true},
             "returnUrl": "https://shop.example/done"}""";

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + Merchants.create(URL, System.getProperty("gateway.adminKey")))
            .shareConnections();

    private final ScenarioBuilder frictionless = scenario("frictionless")
            .exec(http("create frictionless").post("/api/v1/authentications")
                    .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                    .body(StringBody(session -> REQUEST.formatted(UUID.randomUUID(), "4000000000002701")))
                    .check(status().is(201), jsonPath("$.state").is("COMPLETED"), jsonPath("$.id").saveAs("id")))
            .exec(http("read").get("/api/v1/authentications/#{id}")
                    .check(status().is(200), jsonPath("$.transStatus").is("Y")));

    private final ScenarioBuilder challenge = scenario("challenge")
            .exec(http("create challenge").post("/api/v1/authentications")
                    .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                    .body(StringBody(session -> REQUEST.formatted(UUID.randomUUID(), "4000000000002503")))
                    .check(status().is(201), jsonPath("$.state").is("PENDING_BROWSER")));

    {
        setUp(frictionless.injectClosed(rampConcurrentUsers(1).to(USERS).during(10),
                        constantConcurrentUsers(USERS).during(SECONDS)),
                challenge.injectClosed(rampConcurrentUsers(1).to(Math.max(1, USERS / 4)).during(10),
                        constantConcurrentUsers(Math.max(1, USERS / 4)).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
