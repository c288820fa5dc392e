package io.threeds.gateway.reporting;

import java.util.Map;
import java.util.TreeMap;

/**
 * Provider-call latencies of one group as a count per millisecond value, the shape the database
 * aggregates them into ({@code GROUP BY latency_ms}): its size is the number of distinct latencies,
 * which the provider timeout bounds, not the number of calls.
 */
public final class LatencyHistogram {
    private final TreeMap<Long, Long> callsByLatency = new TreeMap<>();
    private long calls;

    public void add(long latencyMs, long count) {
        if (latencyMs < 0 || count < 0) {
            throw new IllegalArgumentException("latency and count must not be negative");
        }
        callsByLatency.merge(latencyMs, count, Long::sum);
        calls += count;
    }

    public long calls() {
        return calls;
    }

    /**
     * The nearest-rank percentile: the smallest latency such that at least {@code percent} % of the
     * calls took no longer. Always a latency that was measured; null when there were no calls.
     */
    public Long percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 1 and 100");
        }
        if (calls == 0) {
            return null;
        }
        long rank = (percent * calls + 99) / 100;
        long seen = 0;
        for (Map.Entry<Long, Long> latency : callsByLatency.entrySet()) {
            seen += latency.getValue();
            if (seen >= rank) {
                return latency.getKey();
            }
        }
        return callsByLatency.lastKey();
    }
}
