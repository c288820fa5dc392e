package io.threeds.gateway.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.KeyedHash;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key rules of API.md §2 as IdempotentCall applies them, against keys kept in memory. */
class IdempotentCallTest {
    private static final String BODY = "{\"amount\": {\"value\": 1000, \"currency\": \"EUR\"}, \"merchantReference\": \"o-1\"}";
    private static final String CREATED = "{\"id\":\"a-1\",\"authenticationValue\":\"secret\"}";

    private final Keys keys = new Keys();
    private final IdempotentCall idempotent = new IdempotentCall();

    IdempotentCallTest() {
        idempotent.keys = keys;
        idempotent.keyedHash = new KeyedHash() {
            @Override
            public String of(String value) {
                return "digest of " + value;
            }
        };
    }

    @Test
    void refusesAKeyThatIsNotOneTo255PrintableCharacters() {
        for (String key : new String[] {null, "", "x".repeat(256), "tab\there", "é"}) {
            assertThrows(ValidationException.class, () -> create(key, BODY, id -> created(id)), String.valueOf(key));
        }
        assertTrue(keys.claims.isEmpty(), "no key is claimed for a refused header");
        assertEquals(201, create("x".repeat(255), BODY, this::created).status());
    }

    @Test
    void comparesTheBodyByItsCanonicalJsonIgnoringKeyOrderAndWhitespace() {
        create("k", BODY, this::created);
        create("k", "{ \"merchantReference\":\"o-1\",\n \"amount\":{\"currency\":\"EUR\",\"value\":1000} }", this::created);
        assertEquals(2, keys.claims.size());
        assertEquals("digest of {\"amount\":{\"currency\":\"EUR\",\"value\":1000},\"merchantReference\":\"o-1\"}",
                keys.claims.get(0));
        assertEquals(keys.claims.get(0), keys.claims.get(1));
    }

    @Test
    void createsWithLocationAndKeepsTheAnswerAsTheReplayStoresIt() {
        IdempotentCall.Reply reply = create("k", BODY, this::created);
        assertEquals(201, reply.status());
        assertEquals(CREATED, reply.body());
        assertEquals(URI.create("authentications/a-1"), reply.location());
        assertFalse(reply.replayed());
        assertEquals(List.of("complete 201 {\"id\":\"a-1\"}"), keys.writes);
    }

    @Test
    void replaysTheStoredAnswerWithIdempotentReplayedAndLocationWithoutCalling() {
        keys.next = new Claim("r-1", 0, true, false, 201, "{\"id\":\"a-1\"}", "a-1");
        IdempotentCall.Reply reply = create("k", BODY, id -> {
            throw new AssertionError("a replay does not call the operation");
        });
        assertEquals(201, reply.status());
        assertTrue(reply.replayed());
        assertEquals("application/json", reply.mediaType());
        assertEquals("{\"id\":\"a-1\",\"authenticationValue\":\"read again\"}", reply.body());
        assertEquals(URI.create("authentications/a-1"), reply.location());
        assertTrue(keys.writes.isEmpty());
    }

    @Test
    void replaysAStoredProblemAsItWas() {
        String problem = "{\"type\":\"/problems/provider-timeout\",\"authenticationId\":\"a-1\"}";
        keys.next = new Claim("r-1", 0, true, false, 504, problem, "a-1");
        IdempotentCall.Reply reply = create("k", BODY, this::created);
        assertEquals(504, reply.status());
        assertEquals("application/problem+json", reply.mediaType());
        assertEquals(problem, reply.body());
        assertNull(reply.location());
        assertTrue(reply.replayed());
    }

    @Test
    void releasesTheKeyWhenTheCallFailsBeforeAnythingIsRecorded() {
        GatewayException refused = ValidationException.of("returnUrl", "origin is not allowed");
        assertSame(refused, assertThrows(GatewayException.class, () -> create("k", BODY, id -> {
            throw refused;
        })));
        IllegalStateException broken = new IllegalStateException("unexpected");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> create("k", BODY, id -> {
            throw broken;
        })));
        assertEquals(List.of("release r-1", "release r-1"), keys.writes);
    }

    @Test
    void storesTheProblemOfAFailureRecordedOnAnAuthenticationAndPassesRetryAfterOn() {
        IdempotentCall.Reply reply = create("k", BODY, id -> {
            throw new GatewayException(ProblemType.PROVIDER_UNAVAILABLE, "worldline is unavailable")
                    .with("retryAfter", "30").with("authenticationId", id);
        });
        assertEquals(503, reply.status());
        assertEquals("application/problem+json", reply.mediaType());
        assertEquals("30", reply.retryAfter());
        assertFalse(reply.replayed());
        JsonObject problem = json(reply.body());
        assertEquals("/problems/provider-unavailable", problem.getString("type"));
        assertEquals("a-1", problem.getString("authenticationId"));
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"));
        assertEquals(List.of("complete 503 " + reply.body()), keys.writes, "the replay answers the same problem");
    }

    @Test
    void continuesWithTheResourceOfTheClaimItTookOver() {
        keys.next = new Claim("r-1", 1, false, true, null, null, "a-crashed");
        List<String> given = new ArrayList<>();
        create("k", BODY, id -> {
            given.add(id);
            return created(id);
        });
        assertEquals(List.of("a-crashed"), given);
    }

    @Test
    void anOperationHoldingTheKeyClaimsAndKeepsItsAnswerItself() {
        List<String> steps = new ArrayList<>();
        IdempotentCall.Reply reply = idempotent.run("m-1", "authentications.create", "authentications/", "k", BODY,
                "a-1", new IdempotentCall.Holding() {
                    @Override
                    public Claim open(KeyHold hold) {
                        steps.add("open " + hold.merchantId() + " " + hold.operation() + " " + hold.key() + " "
                                + hold.resourceId());
                        return new Claim("r-1", 0, false, false, null, null, hold.resourceId());
                    }

                    @Override
                    public IdempotentCall.Answer proceed(Claim claim, Function<String, String> kept) {
                        steps.add("kept " + kept.apply(CREATED));
                        return created(claim.resourceId());
                    }
                }, replay());
        assertEquals(201, reply.status());
        assertEquals(List.of("open m-1 authentications.create k a-1", "kept {\"id\":\"a-1\"}"), steps);
        assertTrue(keys.claims.isEmpty() && keys.writes.isEmpty(), "IdempotentCall writes nothing to the key");
    }

    @Test
    void aKeyRefusedWhenClaimedIsNotReleased() {
        GatewayException inUse = new GatewayException(ProblemType.IDEMPOTENCY_KEY_IN_USE, "in use")
                .with("retryAfter", "12");
        assertSame(inUse, assertThrows(GatewayException.class, () -> idempotent.run("m-1", "authentications.create",
                "authentications/", "k", BODY, "a-1", new IdempotentCall.Holding() {
                    @Override
                    public Claim open(KeyHold hold) {
                        throw inUse;
                    }

                    @Override
                    public IdempotentCall.Answer proceed(Claim claim, Function<String, String> kept) {
                        throw new AssertionError("nothing runs without the key");
                    }
                }, replay())));
        assertTrue(keys.writes.isEmpty(), "the key is another call's: left as it is");
    }

    private IdempotentCall.Reply create(String key, String body, Function<String, IdempotentCall.Answer> call) {
        return idempotent.run("m-1", "authentications.create", "authentications/", key, body, "a-1", call, replay());
    }

    /** Keeps an answer without its authentication value, and reads it again for a replay. */
    private static IdempotentCall.Replay replay() {
        return new IdempotentCall.Replay() {
            @Override
            public String stored(String answer) {
                return Json.createObjectBuilder(json(answer)).remove("authenticationValue").build().toString();
            }

            @Override
            public String replayed(String stored, String resourceId) {
                return Json.createObjectBuilder(json(stored)).add("authenticationValue", "read again").build().toString();
            }
        };
    }

    private IdempotentCall.Answer created(String id) {
        return new IdempotentCall.Answer(201, CREATED, id);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Claims every key as new unless told otherwise, and records what the call wrote to it. */
    private static final class Keys extends IdempotencyKeys {
        final List<String> claims = new ArrayList<>();
        final List<String> writes = new ArrayList<>();
        Claim next;

        @Override
        public Claim claim(KeyHold hold) {
            claims.add(hold.requestHash());
            return next != null ? next : new Claim("r-1", 0, false, false, null, null, hold.resourceId());
        }

        @Override
        public void complete(Claim claim, int status, String body) {
            writes.add("complete " + status + " " + body);
        }

        @Override
        public void release(Claim claim) {
            writes.add("release " + claim.recordId());
        }
    }
}
