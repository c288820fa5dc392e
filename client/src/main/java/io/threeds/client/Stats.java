package io.threeds.client;

import java.util.List;

/** {@code GET /api/v1/audit/stats}: the filter as applied and one entry per group, ordered by key. */
public record Stats(String groupBy, String from, String to, String merchantId, String provider,
                    List<StatsGroup> groups) {
}
