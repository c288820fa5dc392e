package io.threeds.gateway.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem+json members, in order, as clients and the stored idempotent replays read them. */
class ProblemResponsesTest {
    @Test
    void aValidationProblemListsItsViolations() {
        GatewayException invalid = new ValidationException(List.of(new Violation("card.number", "fails the Luhn check"),
                new Violation("amount.value", "must be positive")));
        assertEquals("{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"card.number fails the Luhn check (and 1 more)\",\"instance\":\"urn:uuid:1\","
                + "\"violations\":[{\"field\":\"card.number\",\"message\":\"fails the Luhn check\"},"
                + "{\"field\":\"amount.value\",\"message\":\"must be positive\"}]}",
                ProblemResponses.body(invalid, "urn:uuid:1"));
    }

    @Test
    void extensionsFollowTheStandardMembers() {
        GatewayException busy = new GatewayException(ProblemType.AUTHORIZATION_IN_PROGRESS,
                "another call is authorising this payment").with("retryAfter", "5");
        assertEquals("{\"type\":\"/problems/authorization-in-progress\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"another call is authorising this payment\",\"instance\":\"urn:uuid:2\","
                + "\"retryAfter\":\"5\"}", ProblemResponses.body(busy, "urn:uuid:2"));
    }
}
