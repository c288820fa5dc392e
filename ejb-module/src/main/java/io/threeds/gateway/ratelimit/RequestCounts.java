package io.threeds.gateway.ratelimit;

/**
 * A caller's requests in the current clock minute (this one included) and in the minute before, and
 * the sliding estimate of the last 60 seconds drawn from them: the previous minute weighted by how much
 * of it the last 60 seconds still cover. A burst that straddles two clock minutes is limited like one
 * inside a minute.
 */
public record RequestCounts(int current, int previous) {

    /** Requests in the 60 seconds before now, {@code elapsed} being the fraction of the current minute gone. */
    public double lastMinute(double elapsed) {
        return current + previous * (1 - elapsed);
    }

    /** Seconds until one more request would be admitted, if none came meanwhile; at least 1. */
    public long retryAfterSeconds(double elapsed, int limit) {
        double remaining = 60 * (1 - elapsed);
        double wait;
        if (current + 1 <= limit) {
            // Within this minute, as the previous minute's weight fades.
            wait = remaining - 60.0 * (limit - current - 1) / previous;
        } else {
            // In the next minute, as this minute's weight fades.
            wait = remaining + 60 * (1 - (limit - 1.0) / current);
        }
        return Math.max(1, (long) Math.ceil(wait));
    }
}
