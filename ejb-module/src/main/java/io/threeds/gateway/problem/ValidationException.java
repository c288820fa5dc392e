package io.threeds.gateway.problem;

import java.util.List;
import java.util.Map;

public class ValidationException extends GatewayException {
    public ValidationException(List<Violation> violations) {
        super(ProblemType.VALIDATION, describe(violations), violations, Map.of());
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }

    private static String describe(List<Violation> violations) {
        Violation first = violations.get(0);
        String detail = first.field() + " " + first.message();
        return violations.size() == 1 ? detail : detail + " (and " + (violations.size() - 1) + " more)";
    }
}
