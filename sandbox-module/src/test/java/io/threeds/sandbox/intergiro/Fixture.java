package io.threeds.sandbox.intergiro;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulator wired as CDI would wire it, without a container, and the requests of PROVIDERS.md
 * §2.3.1's minimal example: {@code order-1}, 10 EUR, expiry {@code [2, 30]}, csc {@code 987}.
 */
final class Fixture {
    static final URI BASE = URI.create("http://localhost:9382/sandbox/");
    static final String CALLBACK = "https://gateway.example/3ds/intergiro/callback?session=s1&x='y'";
    static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");
    static final String ID_PATTERN = "[A-Za-z0-9_-]{16}";

    final Cycles cycles = new Cycles();
    final CardTokens tokens = new CardTokens();
    final Authorizations authorizations = new Authorizations();
    final Acs acs = new Acs();
    final AntifraudGuard guard = new AntifraudGuard();

    Fixture() {
        cycles.maxCycles = 1000;
        authorizations.cycles = cycles;
        authorizations.tokens = tokens;
        authorizations.slowAnswerMs = 0;
        acs.cycles = cycles;
        guard.cycles = cycles;
        guard.tokens = tokens;
    }

    static JsonObjectBuilder request(String pan) {
        return Json.createObjectBuilder()
                .add("number", "order-1")
                .add("amount", 10)
                .add("currency", "EUR")
                .add("card", card(pan))
                .add("client", Json.createObjectBuilder().add("callback", CALLBACK));
    }

    static JsonObjectBuilder card(String pan) {
        return Json.createObjectBuilder().add("pan", pan).add("expires", Json.createArrayBuilder().add(2).add(30))
                .add("csc", "987");
    }

    ApiAnswer post(JsonObject body) {
        return authorizations.post(body.toString(), BASE, NOW);
    }

    ApiAnswer post(String pan) {
        return post(request(pan).build());
    }

    /** The re-POST of §2.4.5: the first request plus {@code id} and {@code card.verification}. */
    ApiAnswer rePost(String pan, String id, JsonObject verification) {
        return post(request(pan).add("id", id).add("card", card(pan).add("verification", verification)).build());
    }

    /** A re-POST of the {@code 4111111111111111} request with {@code card} as given. */
    ApiAnswer rePostCard(String id, JsonObjectBuilder card) {
        return post(request("4111111111111111").add("id", id).add("card", card).build());
    }

        /** The re-POST after antifraud: {@code card} replaced by the token (001:322). */
    ApiAnswer rePostToken(String id, String token) {
        return post(request("4000000000010001").add("id", id).add("card", token).build());
    }

    /** A later round of a tokenized cycle: the token carries the verification (our assumption, G-I9). */
    ApiAnswer rePostToken(String id, String token, JsonObject verification) {
        return post(request("4000000000010001").add("id", id).add("card", Json.createObjectBuilder()
                .add("token", token).add("verification", verification)).build());
    }

    static JsonObject method(String threeDSServerTransID) {
        return Json.createObjectBuilder().add("type", "method").add("data", Json.createObjectBuilder()
                .add("threeDSServerTransID", threeDSServerTransID).add("messageVersion", "2.2.0")).build();
    }

    static JsonObject challenge(String cres) {
        return Json.createObjectBuilder().add("type", "challenge").add("data", cres).build();
    }

    static JsonObject pares(String paRes) {
        return Json.createObjectBuilder().add("type", "pares").add("data", paRes).build();
    }

    static JsonObject details(ApiAnswer answer) {
        return answer.body().getJsonObject("content").getJsonObject("details");
    }

    static JsonObject data(ApiAnswer answer) {
        return details(answer).getJsonObject("data");
    }

    static String cycleId(ApiAnswer answer) {
        return answer.body().getString("id");
    }

    /** The cycle of a "verification required" answer, found as the pages find it. */
    Cycle cycle(ApiAnswer answer) {
        JsonObject details = details(answer);
        JsonObject data = details.getJsonObject("data");
        Optional<Cycle> cycle;
        if (data == null) {
            String url = details.getString("url");
            String target = URLDecoder.decode(url.replaceAll(".*[?&]target=([^&]*).*", "$1"), StandardCharsets.UTF_8);
            cycle = cycles.findByTransaction(target.substring(target.lastIndexOf('/') + 1));
        } else if (data.containsKey("PaReq")) {
            cycle = PaReq.xidOf(data.getString("PaReq")).flatMap(cycles::findByXid);
        } else {
            cycle = cycles.findByTransaction(data.getString("threeDSServerTransID"));
        }
        return cycle.filter(found -> found.id().equals(cycleId(answer))).orElseThrow();
    }

    /** The cycle as it is now. */
    Cycle now(Cycle cycle) {
        return cycles.findByTransaction(cycle.ids().threeDSServerTransID()).orElseThrow();
    }

    /** The method round: the first POST's method step answered with the cycle's transaction id. */
    ApiAnswer afterMethod(String pan) {
        ApiAnswer method = post(pan);
        return rePost(pan, cycleId(method), method(data(method).getString("threeDSServerTransID")));
    }
}
