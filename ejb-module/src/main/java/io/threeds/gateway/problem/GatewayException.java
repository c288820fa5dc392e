package io.threeds.gateway.problem;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the API reports as problem+json of its {@link ProblemType}. It does
 * not mark the transaction for rollback: every one is thrown before the throwing bean wrote anything,
 * and most are thrown outside a global transaction, where a rollback mark only logs WLTC0017E.
 */
@ApplicationException
public class GatewayException extends RuntimeException {
    private final ProblemType type;
    private final List<Violation> violations;
    private final Map<String, String> extensions;

    public GatewayException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public GatewayException(ProblemType type, String detail, List<Violation> violations,
                            Map<String, String> extensions) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public ProblemType type() { return type; }
    public String title() { return type.title(); }
    public int status() { return type.status(); }
    public List<Violation> violations() { return violations; }
    /** Extra problem members, e.g. {@code authenticationId} or {@code retryAfter} seconds. */
    public Map<String, String> extensions() { return Collections.unmodifiableMap(extensions); }

    /** Adds a problem member, e.g. the id of the authentication the failure was recorded on. */
    public GatewayException with(String name, String value) {
        extensions.put(name, value);
        return this;
    }

    public static GatewayException notFound(String what) {
        return new GatewayException(ProblemType.NOT_FOUND, what + " not found");
    }
}
