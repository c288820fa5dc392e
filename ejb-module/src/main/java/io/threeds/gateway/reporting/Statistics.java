package io.threeds.gateway.reporting;

import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.TransStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics over authentications, computed by the database: two aggregate queries in portable SQL
 * (the same on H2 and PostgreSQL), one counting authentications by group, transStatus, flow and
 * liability shift, one counting provider calls by group and latency. Memory is bounded by their
 * result sizes (groups x statuses x flows x 2, and groups x distinct millisecond latencies), never
 * by the number of authentications or calls. Percentiles are nearest-rank over the latency counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Statistics {
    private static final String FRICTIONLESS = Flow.FRICTIONLESS.name();
    private static final List<String> CHALLENGED = List.of(Flow.CHALLENGE.name(), Flow.THREEDS1.name());

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    public List<GroupStats> of(StatsFilter filter, GroupBy groupBy) {
        Map<String, Counts> counts = new TreeMap<>();
        for (Object[] row : rows("SELECT " + groupBy.sql() + ", a.trans_status, a.flow, a.liability_shift, COUNT(*)"
                + " FROM authentication a", filter, "a.trans_status, a.flow, a.liability_shift", groupBy)) {
            counts.computeIfAbsent(key(row[0]), k -> new Counts())
                    .add((String) row[1], (String) row[2], Boolean.TRUE.equals(row[3]), number(row[4]));
        }
        Map<String, LatencyHistogram> latencies = new TreeMap<>();
        for (Object[] row : rows("SELECT " + groupBy.sql() + ", p.latency_ms, COUNT(*) FROM provider_call p"
                + " JOIN authentication a ON a.id = p.authentication_id", filter, "p.latency_ms", groupBy)) {
            latencies.computeIfAbsent(key(row[0]), k -> new LatencyHistogram()).add(number(row[1]), number(row[2]));
        }
        List<GroupStats> groups = new ArrayList<>();
        counts.forEach((key, c) -> {
            LatencyHistogram latency = latencies.getOrDefault(key, new LatencyHistogram());
            groups.add(new GroupStats(key, c.total, c.byStatus, c.withoutResult, c.frictionless, c.challenged,
                    c.liabilityShifted, latency.calls(), latency.percentile(50), latency.percentile(95)));
        });
        return groups;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, StatsFilter filter, String groupedAlso, GroupBy groupBy) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.from() != null) {
            where.add("a.created_at >= ?" + (values.size() + 1));
            values.add(Timestamp.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("a.created_at < ?" + (values.size() + 1));
            values.add(Timestamp.valueOf(filter.to()));
        }
        if (filter.merchantId() != null) {
            where.add("a.merchant_id = ?" + (values.size() + 1));
            values.add(filter.merchantId());
        }
        if (filter.provider() != null) {
            where.add("a.provider = ?" + (values.size() + 1));
            values.add(filter.provider());
        }
        String sql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY " + groupBy.sql() + ", " + groupedAlso;
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.getResultList();
    }

    private static String key(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** One group's running counts. */
    private static final class Counts {
        private final Map<String, Long> byStatus = new LinkedHashMap<>();
        private long total;
        private long withoutResult;
        private long frictionless;
        private long challenged;
        private long liabilityShifted;

        Counts() {
            for (TransStatus status : TransStatus.values()) {
                byStatus.put(status.name(), 0L);
            }
        }

        /** {@code flow} is null for an authentication that failed before the provider named one. */
        void add(String transStatus, String flow, boolean liabilityShift, long count) {
            total += count;
            if (transStatus == null) {
                withoutResult += count;
            } else {
                byStatus.merge(transStatus, count, Long::sum);
            }
            if (FRICTIONLESS.equals(flow)) {
                frictionless += count;
            } else if (flow != null && CHALLENGED.contains(flow)) {
                challenged += count;
            }
            if (liabilityShift) {
                liabilityShifted += count;
            }
        }
    }
}
