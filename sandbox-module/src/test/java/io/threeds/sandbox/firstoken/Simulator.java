package io.threeds.sandbox.firstoken;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;

/** The firstoken simulator's beans wired by hand, as CDI would, with a short Time-out delay. */
final class Simulator {
    static final URI BASE = URI.create("http://localhost:9080/sandbox/");
    static final String SECRET = "unit-test-secret-of-at-least-32-bytes";
    static final Instant NOW = Instant.parse("2024-04-15T12:33:43.626Z");

    final Authentications authentications = new Authentications();
    final AccessTokens tokens = new AccessTokens();
    final PayerAuthentication payerAuthentication = new PayerAuthentication();
    final DeviceDataCollection deviceDataCollection = new DeviceDataCollection();
    final StepUpChallenge stepUpChallenge = new StepUpChallenge();

    Simulator() {
        authentications.maxEntries = 1000;
        tokens.secret = SECRET;
        payerAuthentication.authentications = authentications;
        payerAuthentication.tokens = tokens;
        payerAuthentication.timeOutDelayMs = 0;
        deviceDataCollection.authentications = authentications;
        deviceDataCollection.tokens = tokens;
        deviceDataCollection.delayMs = 500;
        stepUpChallenge.authentications = authentications;
        stepUpChallenge.tokens = tokens;
    }

    /** Setup for a card; its {@code consumer_auth_info}. */
    JsonObject setup(String card) {
        return payerAuthentication.setup(SeedRequest.setup(card), BASE, NOW).body().getJsonObject("data")
                .getJsonObject("consumer_auth_info");
    }

    /** Setup then enroll, without device data collection. */
    JsonAnswer enroll(String card) {
        return payerAuthentication.enroll(SeedRequest.enroll(card, setup(card).getString("reference_id")), BASE, NOW);
    }

    /** Setup, device data collection, then enroll. */
    JsonAnswer enrollAfterDeviceData(String card) {
        JsonObject setup = setup(card);
        deviceDataCollection.collect(setup.getString("access_token"), NOW);
        return payerAuthentication.enroll(SeedRequest.enroll(card, setup.getString("reference_id")), BASE, NOW);
    }

    static JsonObject auth(JsonAnswer answer) {
        return answer.body().getJsonObject("data").getJsonObject("consumer_auth_info");
    }
}
