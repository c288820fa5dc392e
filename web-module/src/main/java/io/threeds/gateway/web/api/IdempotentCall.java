package io.threeds.gateway.web.api;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.card.KeyedHash;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.web.problem.ProblemResponses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs an operation under the merchant's {@code Idempotency-Key} (API.md §2). The body is compared
 * by a keyed digest of its canonical JSON (keys sorted, whitespace ignored), never stored itself.
 * Answers with a result worth replaying (2xx, and a provider failure recorded on an authentication)
 * are stored; for any other failure the key is released so the merchant can retry with it. A call
 * that dies with its server leaves its claim in progress until the claim's lease lapses (see
 * {@link IdempotencyKeys}); the retry that takes it over continues with the same resource.
 */
@ApplicationScoped
public class IdempotentCall {
    public static final String HEADER = "Idempotency-Key";

    @EJB
    IdempotencyKeys keys;

    @Inject
    KeyedHash keyedHash;

    /** What a successful operation answers: status, body, and the resource it concerns. */
    public record Answer(int status, String body, String resourceId) {
        /** Never prints the body: a created authentication's carries its authentication value. */
        @Override
        public String toString() {
            return "Answer[" + status + ", " + resourceId + "]";
        }
    }

    /**
     * What the call answers over HTTP; {@code location} is relative to the API's base URI (against which
     * JAX-RS resolves it), null when the answer has none; {@code retryAfter} in seconds, or null.
     */
    public record Reply(int status, String mediaType, String body, URI location, boolean replayed,
                        String retryAfter) {
        public Response response() {
            Response.ResponseBuilder response = Response.status(status).type(mediaType).entity(body).location(location);
            if (replayed) {
                response.header("Idempotent-Replayed", "true");
            }
            return retryAfter == null ? response.build() : response.header("Retry-After", retryAfter).build();
        }

        /** Never prints the body, for the reason {@link Answer} does not. */
        @Override
        public String toString() {
            return "Reply[" + status + (replayed ? ", replayed" : "") + "]";
        }
    }

    /**
     * How a successful answer is kept for replay: without what may not be stored with it (an authentication
     * value, a live hosted-page token, a PaReq with the card inside), and rebuilt from the resource when
     * replayed.
     */
    public interface Replay {
        String stored(String body);

        String replayed(String stored, String resourceId);
    }

    /** Answers with nothing secret in them are kept as they are. */
    public static final Replay VERBATIM = new Replay() {
        @Override
        public String stored(String body) {
            return body;
        }

        @Override
        public String replayed(String stored, String resourceId) {
            return stored;
        }
    };

    /**
     * An operation under the key in two steps, so that it can claim the key with the first work it stores and
     * keep its answer with the last: {@code open} claims the key ({@link IdempotencyKeys#claim}); unless that
     * is a replay, {@code proceed} runs the operation to its answer and completes the claim with it, as
     * {@code kept} writes the answer's body down for replay.
     */
    public interface Holding {
        Claim open(KeyHold hold);

        Answer proceed(Claim claim, Function<String, String> kept);
    }

    /**
     * Runs {@code call} for the resource id it is given, with the key claimed and completed each in a
     * transaction of its own (for an operation that stores nothing of its own around them).
     */
    public Reply run(String merchantId, String operation, String locationPrefix, String key, String body,
                     String resourceId, Function<String, Answer> call, Replay replay) {
        return run(merchantId, operation, locationPrefix, key, body, resourceId, new Holding() {
            @Override
            public Claim open(KeyHold hold) {
                return keys.claim(hold);
            }

            @Override
            public Answer proceed(Claim claim, Function<String, String> kept) {
                Answer answer = call.apply(claim.resourceId());
                keys.complete(claim, answer.status(), kept.apply(answer.body()));
                return answer;
            }
        }, replay);
    }

    /**
     * @param locationPrefix where a created resource lives, relative to the API's base URI (against which
     *                       JAX-RS resolves a relative {@code Location}), or null when the answer has none
     * @param resourceId     the resource the call creates or concerns; a call that takes over the claim of
     *                       one that died (its lease lapsed) is given the first call's instead
     * @param call           opens and runs the operation
     * @param replay         how a successful answer is stored and replayed
     */
    public Reply run(String merchantId, String operation, String locationPrefix, String key, String body,
                     String resourceId, Holding call, Replay replay) {
        if (key == null || key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw ValidationException.of(HEADER, "header is required: 1 to 255 printable ASCII characters");
        }
        Claim claim = call.open(new KeyHold(merchantId, operation, key, keyedHash.of(canonical(body)), resourceId));
        if (claim.replay()) {
            boolean problem = claim.status() >= 400;
            return new Reply(claim.status(), problem ? ProblemResponses.MEDIA_TYPE : "application/json",
                    problem ? claim.body() : replay.replayed(claim.body(), claim.resourceId()),
                    location(claim.status(), locationPrefix, claim.resourceId()), true, null);
        }
        try {
            Answer answer = call.proceed(claim, replay::stored);
            return new Reply(answer.status(), "application/json", answer.body(),
                    location(answer.status(), locationPrefix, answer.resourceId()), false, null);
        } catch (GatewayException failure) {
            String recordedOn = failure.extensions().get("authenticationId");
            if (recordedOn == null) {
                keys.release(claim);
                throw failure;
            }
            String problem = ProblemResponses.body(failure, "urn:uuid:" + UUID.randomUUID());
            keys.complete(claim, failure.status(), problem);
            return new Reply(failure.status(), ProblemResponses.MEDIA_TYPE, problem, null, false,
                    failure.extensions().get("retryAfter"));
        } catch (RuntimeException unexpected) {
            keys.release(claim);
            throw unexpected;
        }
    }

    private static URI location(int status, String locationPrefix, String resourceId) {
        return status == 201 && locationPrefix != null ? URI.create(locationPrefix + resourceId) : null;
    }

    /** The body with object keys sorted, so that formatting and key order do not matter. */
    static String canonical(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            return sorted(reader.readValue()).toString();
        }
    }

    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Jsonp.createObjectBuilder();
            for (String name : new TreeSet<>(object.keySet())) {
                builder.add(name, sorted(object.get(name)));
            }
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Jsonp.createArrayBuilder();
            array.forEach(item -> builder.add(sorted(item)));
            return builder.build();
        }
        return value;
    }
}
