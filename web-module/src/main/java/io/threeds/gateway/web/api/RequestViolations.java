package io.threeds.gateway.web.api;

import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Turns what is wrong with a request into one {@link ValidationException}: the JSON step's findings
 * ({@link RequestObject}: unknown fields, JSON types, absent values a record cannot hold) and Bean
 * Validation's on the records read from it, each named by its JSON path and listed in the request's
 * field order, unknown fields of an object right after the object. A field has one message: the JSON
 * step's, else that of the first constraint declared on it that fails.
 */
final class RequestViolations {
    /** Dotted JSON paths in the order the API lists them, each object before its fields. */
    private final List<String> fields;
    /** Property paths whose JSON field is named otherwise (a nested record the JSON flattens). */
    private final Map<String, String> jsonNames;

    RequestViolations(List<String> fields, Map<String, String> jsonNames) {
        this.fields = List.copyOf(fields);
        this.jsonNames = Map.copyOf(jsonNames);
    }

    /** The names of the fields of {@code object} ("" for the top level). */
    Set<String> fieldsOf(String object) {
        String prefix = object.isEmpty() ? "" : object + ".";
        return fields.stream().filter(f -> f.startsWith(prefix) && f.indexOf('.', prefix.length()) < 0)
                .map(f -> f.substring(prefix.length())).collect(Collectors.toUnmodifiableSet());
    }

    void throwIfAny(List<Violation> jsonStep, Set<? extends ConstraintViolation<?>> constraintViolations) {
        Set<String> named = jsonStep.stream().map(Violation::field).collect(Collectors.toSet());
        Map<String, ConstraintViolation<?>> first = new HashMap<>();
        for (ConstraintViolation<?> violation : constraintViolations) {
            String field = jsonName(violation.getPropertyPath());
            if (!named.contains(field)) {
                first.merge(field, violation, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        }
        List<Violation> all = new ArrayList<>(jsonStep);
        first.forEach((field, violation) -> all.add(new Violation(field, violation.getMessage())));
        if (!all.isEmpty()) {
            all.sort(Comparator.comparingInt(violation -> position(violation.field())));
            throw new ValidationException(all);
        }
    }

    private String jsonName(Path path) {
        StringJoiner name = new StringJoiner(".");
        path.forEach(node -> {
            if (node.getName() != null) {
                name.add(node.getName());
            }
        });
        return jsonNames.getOrDefault(name.toString(), name.toString());
    }

    /** A known field's place; an unknown one's is right after its object's. */
    private int position(String field) {
        int known = fields.indexOf(field);
        if (known >= 0) {
            return 2 * known + 1;
        }
        int dot = field.lastIndexOf('.');
        return dot < 0 ? 0 : 2 * fields.indexOf(field.substring(0, dot)) + 2;
    }

    /** Where the failed constraint stands among those declared on its field; one on a whole record, last. */
    private static int rank(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Repeatable repeatable = type.getAnnotation(Repeatable.class);
        Annotation[] declared = declaredOn(violation);
        for (int i = 0; i < declared.length; i++) {
            Class<?> found = declared[i].annotationType();
            if (found == type || repeatable != null && found == repeatable.value()) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The annotations of the record component a violation names, as javac copies them onto its field. */
    private static Annotation[] declaredOn(ConstraintViolation<?> violation) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        try {
            return property == null ? new Annotation[0]
                    : violation.getLeafBean().getClass().getDeclaredField(property).getDeclaredAnnotations();
        } catch (NoSuchFieldException notAField) {
            return new Annotation[0];
        }
    }
}
