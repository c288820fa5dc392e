package io.threeds.gateway.web.api;

import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A request's query, read strictly like a body ({@link RequestObject}): a parameter the operation does
 * not know, or one given twice, is refused rather than ignored, since a mistyped filter would
 * otherwise widen an audit query silently. An empty value is no filter. Every violation is collected
 * and named by its parameter.
 */
final class QueryParameters {
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, String> given = new TreeMap<>();

    QueryParameters(UriInfo uri, Set<String> known) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        query.forEach((name, values) -> {
            if (!known.contains(name)) {
                violations.add(new Violation(name, "is not a query parameter of this operation; known are "
                        + new TreeSet<>(known)));
            } else if (values.size() > 1) {
                violations.add(new Violation(name, "must be given at most once"));
            } else if (!values.get(0).isBlank()) {
                given.put(name, values.get(0));
            }
        });
    }

    /** The parameters given with a value, as given: what the audit trail records of a read. */
    Map<String, String> given() {
        return given;
    }

    String text(String name, int maxLength) {
        String value = given.get(name);
        if (value != null && value.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return value;
    }

    String oneOf(String name, Collection<String> allowed) {
        String value = given.get(name);
        if (value != null && !allowed.contains(value)) {
            reject(name, "must be one of " + allowed);
            return null;
        }
        return value;
    }

    /** The value as one of {@code type}'s constants, or null; rejected when it names none. */
    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        String value = oneOf(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return value == null ? null : Enum.valueOf(type, value);
    }

    String digits(String name, int count) {
        String value = given.get(name);
        if (value != null && !value.matches("\\d{" + count + "}")) {
            reject(name, "must be exactly " + count + " digits");
            return null;
        }
        return value;
    }

    Boolean bool(String name) {
        String value = oneOf(name, List.of("true", "false"));
        return value == null ? null : Boolean.valueOf(value);
    }

    LocalDateTime time(String name) {
        String value = given.get(name);
        if (value == null) {
            return null;
        }
        try {
            return utc(value);
        } catch (DateTimeParseException e) {
            reject(name, "must be an RFC 3339 time such as 2026-11-22T10:00:00Z");
            return null;
        }
    }

    /** {@code from} before {@code to}, when both are given and valid. */
    void range(LocalDateTime from, LocalDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            reject("to", "must be after from");
        }
    }

    /** The page size: absent is null; otherwise 1 to {@code max}, and over it a 400 (API.md §5). */
    Integer limit(int max) {
        String value = given.get("limit");
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1) {
            reject("limit", "must be an integer from 1 to " + max);
            return null;
        }
        if (Integer.parseInt(value) > max) {
            reject("limit", "must be at most " + max);
            return null;
        }
        return Integer.valueOf(value);
    }

    /** A cursor, decoded by the list it belongs to; a cursor that is not one becomes a violation here. */
    <T> T cursor(Function<String, T> decode) {
        try {
            return decode.apply(given.get("cursor"));
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    void reject(String name, String message) {
        violations.add(new Violation(name, message));
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** An RFC 3339 time as the gateway stores times: UTC, without zone. */
    static LocalDateTime utc(String value) {
        return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
