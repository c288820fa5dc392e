package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemReaderTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void validationProblemCarriesItsViolations() {
        GatewayProblem problem = ProblemReader.read(400, PROBLEM_JSON, null, """
                {"type": "/problems/validation", "title": "Invalid request", "status": 400,
                 "detail": "card.number fails the Luhn check", "instance": "urn:uuid:1",
                 "violations": [{"field": "card.number", "message": "fails the Luhn check"},
                                {"field": "returnUrl", "message": "must be https"}]}""", CLOCK);
        InvalidRequest invalid = assertInstanceOf(InvalidRequest.class, problem);
        assertEquals("/problems/validation", invalid.type());
        assertEquals(400, invalid.status());
        assertEquals("card.number fails the Luhn check", invalid.detail());
        assertEquals("urn:uuid:1", invalid.problem().instance());
        assertEquals(List.of(new Violation("card.number", "fails the Luhn check"),
                new Violation("returnUrl", "must be https")), invalid.violations());
        assertFalse(invalid.retryable());
    }

    @Test
    void eachStatusHasItsType() {
        assertInstanceOf(CredentialsRefused.class, read(401, "unauthorized"));
        assertInstanceOf(OperationForbidden.class, read(403, "forbidden"));
        assertInstanceOf(ResourceNotFound.class, read(404, "not-found"));
        assertInstanceOf(StateConflict.class, read(409, "state-conflict"));
        assertInstanceOf(IdempotencyKeyReused.class, read(422, "idempotency-key-reused"));
        assertInstanceOf(RateLimited.class, read(429, "rate-limited"));
        assertInstanceOf(ProviderFailure.class, read(502, "provider-error"));
        assertInstanceOf(ServiceUnavailable.class, read(503, "provider-unavailable"));
        assertInstanceOf(ProviderFailure.class, read(504, "provider-timeout"));
        assertInstanceOf(InvalidRequest.class, read(415, "unsupported-media-type"));
        assertEquals(GatewayProblem.class, read(500, "internal").getClass());
    }

    @Test
    void onlyFailuresALaterAttemptCanFixAreRetryable() {
        assertTrue(read(409, "idempotency-key-in-use").retryable());
        assertFalse(read(409, "authorization-in-progress").retryable());
        assertFalse(read(422, "idempotency-key-reused").retryable());
        assertTrue(read(429, "rate-limited").retryable());
        assertTrue(read(503, "database-unavailable").retryable());
        assertTrue(read(504, "provider-timeout").retryable());
        assertFalse(read(404, "not-found").retryable());
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        GatewayProblem limited = ProblemReader.read(429, PROBLEM_JSON, "7", body(429, "rate-limited"), CLOCK);
        assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());
        GatewayProblem unavailable = ProblemReader.read(503, PROBLEM_JSON, "Sun, 22 Nov 2026 10:00:30 GMT",
                body(503, "provider-unavailable"), CLOCK);
        assertEquals(Optional.of(Duration.ofSeconds(30)), unavailable.retryAfter());
        assertEquals(Optional.of(Duration.ZERO), ProblemReader.read(503, PROBLEM_JSON,
                "Sun, 22 Nov 2026 09:00:00 GMT", body(503, "provider-unavailable"), CLOCK).retryAfter());
        assertEquals(Optional.empty(), ProblemReader.read(503, PROBLEM_JSON, "soon",
                body(503, "provider-unavailable"), CLOCK).retryAfter());
        assertEquals(Optional.empty(), read(503, "provider-unavailable").retryAfter());
    }

    @Test
    void anAnswerWithoutProblemDocumentStillHasItsStatus() {
        GatewayProblem fromProxy = ProblemReader.read(502, "text/html", null, "<html>Bad gateway</html>", CLOCK);
        assertInstanceOf(ProviderFailure.class, fromProxy);
        assertEquals("about:blank", fromProxy.type());
        assertEquals(502, fromProxy.status());
        GatewayProblem broken = ProblemReader.read(400, PROBLEM_JSON, null, "{not json", CLOCK);
        assertInstanceOf(InvalidRequest.class, broken);
        assertEquals("about:blank", broken.type());
        assertEquals(List.of(), broken.violations());
    }

    @Test
    void theAnswersStatusWinsOverTheBodys() {
        GatewayProblem problem = ProblemReader.read(404, PROBLEM_JSON, null, body(400, "not-found"), CLOCK);
        assertEquals(404, problem.status());
        assertEquals(404, problem.problem().status());
    }

    private static GatewayProblem read(int status, String type) {
        return ProblemReader.read(status, PROBLEM_JSON, null, body(status, type), CLOCK);
    }

    private static String body(int status, String type) {
        return "{\"type\": \"/problems/" + type + "\", \"title\": \"t\", \"status\": " + status
                + ", \"detail\": \"d\", \"instance\": \"urn:uuid:2\"}";
    }
}
