package io.threeds.gateway.reporting;

import java.util.Map;

/**
 * The statistics of one group: how many authentications, their EMV transStatus counts (every status
 * present, zero when none), how many went frictionless, were challenged (a 3-D Secure 2 challenge or
 * a 3-D Secure 1 issuer page) and shifted liability, and the latency of the provider calls made for
 * them.
 */
public record GroupStats(String key, long authentications, Map<String, Long> transStatus, long withoutResult,
                         long frictionless, long challenged, long liabilityShifted, long providerCalls,
                         Long latencyP50Ms, Long latencyP95Ms) {

    /** {@code count} as a share of the group's authentications, 0 to 1, four decimals. */
    public double rate(long count) {
        return authentications == 0 ? 0 : Math.round(10_000.0 * count / authentications) / 10_000.0;
    }
}
