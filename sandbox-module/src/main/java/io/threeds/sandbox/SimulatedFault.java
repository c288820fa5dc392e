package io.threeds.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * How the next {@code remaining} API calls to a provider fail: after waiting {@code delayMs}, with HTTP
 * {@code status} and the provider's error body, or (without a status) with a success status and a
 * broken JSON body when {@code malformed}. A fault with only a delay slows the calls down and lets
 * them through.
 *
 * @param status an HTTP status from 100 to 599, or {@code null}
 */
public record SimulatedFault(Integer status, long delayMs, boolean malformed, int remaining) {
    static final long MAX_DELAY_MS = 600_000;

    public SimulatedFault {
        if (status != null && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be an HTTP status from 100 to 599");
        }
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("delayMs must be from 0 to " + MAX_DELAY_MS);
        }
        if (remaining < 1) {
            throw new IllegalArgumentException("remaining must be at least 1");
        }
    }

    /**
     * Reads {@code {"status": 503, "delayMs": 0, "malformed": false, "remaining": 10}}; every member is
     * optional, {@code remaining} defaults to 1.
     */
    public static SimulatedFault from(RequestBody body) {
        try {
            Integer status = body.text("status").map(Integer::valueOf).orElse(null);
            long delayMs = body.text("delayMs").map(Long::parseLong).orElse(0L);
            boolean malformed = body.text("malformed").map(Boolean::parseBoolean).orElse(false);
            int remaining = body.text("remaining").map(Integer::parseInt).orElse(1);
            return new SimulatedFault(status, delayMs, malformed, remaining);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("status, delayMs and remaining must be whole numbers", e);
        }
    }

    /** The same fault with one call fewer to go. */
    SimulatedFault spent() {
        return new SimulatedFault(status, delayMs, malformed, remaining - 1);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        if (status == null) {
            json.addNull("status");
        } else {
            json.add("status", status);
        }
        return json.add("delayMs", delayMs).add("malformed", malformed).add("remaining", remaining).build();
    }
}
