package io.threeds.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Frictionless creates at rising concurrency, each level twice: through the gateway ({@code POST
 * /api/v1/authentications}, a worldline frictionless card answered COMPLETED: validation, idempotency
 * record, rate-limit count, the provider call, the attempt and its audit event) and the same provider
 * request sent straight to the worldline simulator, signed as the gateway signs it. The difference of
 * the two is the gateway's own cost per authentication. Closed model: {@code n} clients each send the
 * next request when the last one answered, for {@code seconds} per level, after a warm-up at the
 * highest level. Levels run one after the other ({@code -Dlevels=1,4,16,64}); each request is named by
 * its target and level, so Gatling's statistics hold one row per cell of the README's table.
 */
public class CreateSimulation extends Simulation {
    private static final String URL = System.getProperty("gateway.url", "http://localhost:9080");
    private static final String SANDBOX_URL = System.getProperty("sandbox.url", "http://localhost:9081");
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("levels", "1,4,16,64").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    private static final String FRICTIONLESS = "4000000000002701";
    private static final String REQUEST = """
            {"merchantReference": "bench-%s", "amount": {"value": 1000, "currency": "EUR"},
             "card": {"number": "%s", "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe"},
             "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0", "ipAddress": "192.0.2.10",
                         "language": "en-US", "colorDepth": 24, "screenHeight": 1080, "screenWidth": 1920,
                         "timeZoneOffsetMinutes": -60, "javaEnabled": false, "javascriptEnabled": true},
             "returnUrl": "https://shop.example/done"}""";

    private final HttpProtocolBuilder gateway = http.baseUrl(URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + Merchants.create(URL, System.getProperty("gateway.adminKey")))
            .shareConnections();

    private final WorldlineDirect direct = new WorldlineDirect(SANDBOX_URL);
    private final HttpProtocolBuilder simulator = http.baseUrl(direct.baseUrl()).shareConnections();

    private ScenarioBuilder throughGateway(String name) {
        return scenario(name).exec(http(name).post("/api/v1/authentications")
                .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                .body(StringBody(session -> REQUEST.formatted(UUID.randomUUID(), FRICTIONLESS)))
                // A problem's detail first: Gatling's error summary then counts failures by their cause.
                .check(jsonPath("$.detail").notExists(), status().is(201), jsonPath("$.state").is("COMPLETED")));
    }

    private ScenarioBuilder straightToSimulator(String name) {
        return scenario(name).exec(session -> session.set("date", WorldlineDirect.date()))
                .exec(http(name).post(WorldlineDirect.PAYMENTS)
                .header("Content-Type", WorldlineDirect.CONTENT_TYPE)
                .header("Date", "#{date}")
                .header("Authorization", session -> direct.authorization(session.getString("date")))
                .body(StringBody(session -> direct.createPayment(FRICTIONLESS)))
                .check(status().is(201)));
    }

    private static PopulationBuilder closed(ScenarioBuilder scenario, int clients, int seconds,
                                            HttpProtocolBuilder protocol) {
        return scenario.injectClosed(constantConcurrentUsers(clients).during(seconds)).protocols(protocol);
    }

    {
        int highest = LEVELS.stream().max(Integer::compare).orElseThrow();
        PopulationBuilder run = closed(throughGateway("warm-up"), Math.min(highest, 16), 20, gateway);
        for (int level : LEVELS) {
            run = run.andThen(closed(throughGateway("gateway " + level), level, SECONDS, gateway))
                    .andThen(closed(straightToSimulator("direct " + level), level, SECONDS, simulator));
        }
        setUp(run).assertions(global().failedRequests().count().is(0L));
    }
}
