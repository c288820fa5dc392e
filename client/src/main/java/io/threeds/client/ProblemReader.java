package io.threeds.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns an error answer into the {@link GatewayProblem} subtype of its status. A body that is not problem
 * JSON (a proxy's HTML page) still gives a problem, of type {@code about:blank}, with the status.
 */
public final class ProblemReader {
    private static final Jsonb JSON = JsonbBuilder.create();

    private ProblemReader() {
    }

    public static GatewayProblem read(int status, String contentType, String retryAfterHeader, String body,
                                      Clock clock) {
        Problem problem = parse(status, contentType, body);
        Duration retryAfter = retryAfter(retryAfterHeader, clock);
        return switch (status) {
            case 400, 413, 415 -> new InvalidRequest(problem, retryAfter);
            case 401 -> new CredentialsRefused(problem, retryAfter);
            case 403 -> new OperationForbidden(problem, retryAfter);
            case 404 -> new ResourceNotFound(problem, retryAfter);
            case 409 -> new StateConflict(problem, retryAfter);
            case 422 -> new IdempotencyKeyReused(problem, retryAfter);
            case 429 -> new RateLimited(problem, retryAfter);
            case 502, 504 -> new ProviderFailure(problem, retryAfter);
            case 503 -> new ServiceUnavailable(problem, retryAfter);
            default -> new GatewayProblem(problem, retryAfter);
        };
    }

    /**
     * {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 §10.2.3), measured from the clock's now;
     * null when absent or unreadable, zero for a date already past.
     */
    static Duration retryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? null : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration until = Duration.between(clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Problem parse(int status, String contentType, String body) {
        if (body != null && contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            try {
                Problem problem = JSON.fromJson(body, Problem.class);
                if (problem != null && problem.type() != null) {
                    return problem.status() == status ? problem : new Problem(problem.type(), problem.title(), status,
                            problem.detail(), problem.instance(), problem.violations());
                }
            } catch (JsonbException e) {
                // not a problem document: described by its status below
            }
        }
        return new Problem("about:blank", "HTTP " + status, status, "HTTP " + status + " without a problem document",
                null, null);
    }
}
