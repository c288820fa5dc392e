package io.threeds.gateway.reporting;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a filtered query: fixed fragments written here with named parameters, the
 * values bound separately, so nothing a caller sends is ever part of the query text.
 */
final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause} with its parameter when {@code value} is not null. */
    Conditions when(Object value, String clause, String parameter) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a clause of several parameters, or of none. */
    Conditions always(String clause, Map<String, Object> values) {
        clauses.add(clause);
        parameters.putAll(values);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
