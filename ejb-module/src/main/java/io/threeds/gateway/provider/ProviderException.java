package io.threeds.gateway.provider;

import io.threeds.gateway.card.FreeText;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A provider gave no usable result: it timed out (504), is unavailable (503) or answered nonsense (502). */
public class ProviderException extends GatewayException {
    public enum Kind {
        TIMEOUT(ProblemType.PROVIDER_TIMEOUT),
        UNAVAILABLE(ProblemType.PROVIDER_UNAVAILABLE),
        BAD_ANSWER(ProblemType.PROVIDER_ERROR);

        final ProblemType problem;

        Kind(ProblemType problem) {
            this.problem = problem;
        }
    }

    private final Kind kind;
    private final Integer httpStatus;
    private final String responseBody;
    private final List<ProviderExchange> exchanges = new ArrayList<>();

    public ProviderException(Kind kind, String detail, Integer httpStatus, String responseBody) {
        super(kind.problem, FreeText.scrub(detail), List.of(),
                kind == Kind.UNAVAILABLE ? Map.of("retryAfter", "30") : Map.of());
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.responseBody = responseBody;
    }

    /** The failure an attempt recorded (its problem type and detail), to answer it again. */
    public static ProviderException fromRecord(String type, String detail) {
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.problem.slug().equals(type)).findFirst()
                .orElse(Kind.BAD_ANSWER);
        return new ProviderException(kind, detail, null, null);
    }

    public Kind kind() { return kind; }
    /** The provider's HTTP status when it answered at all. */
    public Integer httpStatus() { return httpStatus; }
    public String responseBody() { return responseBody; }
    public List<ProviderExchange> exchanges() { return exchanges; }

    /**
     * The provider cannot have started authenticating: the call never left (circuit open, bulkhead
     * full, connection refused) or the provider said it is unavailable. A timeout may have reached it.
     */
    public boolean neverReachedAuthentication() {
        return kind == Kind.UNAVAILABLE;
    }

    /**
     * A payment call may have been carried out: it timed out, or the provider's answer was not a
     * refusal (no answer, a 5xx, or a 2xx we could not read). A 4xx refusal or "unavailable" made none.
     */
    public boolean paymentMayHaveHappened() {
        return kind == Kind.TIMEOUT
                || (kind == Kind.BAD_ANSWER && (httpStatus == null || httpStatus < 400 || httpStatus >= 500));
    }

    public ProviderException recorded(ProviderExchange exchange) {
        exchanges.add(exchange);
        return this;
    }
}
