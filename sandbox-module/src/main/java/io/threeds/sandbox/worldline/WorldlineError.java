package io.threeds.sandbox.worldline;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One entry of Worldline's {@code errors} arrays. Codes {@code 9002}, {@code 9999}, {@code 21000020},
 * {@code 21000120}, {@code 300240} and {@code 430330} are Worldline Connect's own; {@code 401025}
 * {@code MEDIUM_CONFIDENCE} is the seed's (G-W15); the messages of the 400s and {@code REJECTED_BY_ISSUER}
 * are the simulator's (G-W11, G-W14, G-W16 leave them open).
 *
 * @param propertyName the offending request property, for validation errors, else {@code null}
 * @param requestId    Worldline's internal request number, shown in a payment's {@code statusOutput.errors}
 */
public record WorldlineError(String code, String message, int httpStatusCode, String propertyName,
                             String requestId) {

    static WorldlineError missingOrInvalidAuthorization() {
        return new WorldlineError("9002", "MISSING_OR_INVALID_AUTHORIZATION", 401, null, null);
    }

    static WorldlineError requiredValueMissing(String propertyName) {
        return new WorldlineError("21000120", "REQUIRED_VALUE_MISSING", 400, propertyName, null);
    }

    static WorldlineError invalidValue(String propertyName, String message) {
        return new WorldlineError("21000020", message, 400, propertyName, null);
    }

    static WorldlineError unknownPayment(String paymentId) {
        return new WorldlineError("300240", "REQUEST " + paymentId + " GET_ORDERSTATUS ORDER NOT FOUND", 404,
                "paymentId", null);
    }

    /** Authentication not successful (transStatus N), as the seed's rejected example reports it. */
    static WorldlineError mediumConfidence() {
        return new WorldlineError("401025", "MEDIUM_CONFIDENCE", 402, null, newRequestId());
    }

    /** The issuer rejected the authentication (transStatus R): the simulator's own marker. */
    static WorldlineError rejectedByIssuer() {
        return new WorldlineError("430330", "REJECTED_BY_ISSUER", 402, null, newRequestId());
    }

    /** The shopper left the challenge (transStatus U): the simulator's own marker, like {@link #rejectedByIssuer()}. */
    static WorldlineError cancelledByConsumer() {
        return new WorldlineError("430285", "CANCELLED_BY_CONSUMER", 402, null, newRequestId());
    }

    /** The error Worldline answers with an HTTP status no scenario produces (an injected fault). */
    static WorldlineError forStatus(int httpStatus) {
        if (httpStatus == 401) {
            return missingOrInvalidAuthorization();
        }
        String message = httpStatus >= 500 ? "UNKNOWN_SERVER_ERROR" : "HTTP_STATUS_" + httpStatus;
        return new WorldlineError("9999", message, httpStatus, null, null);
    }

    JsonObject toJson(boolean withRequestId) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("code", code);
        if (withRequestId && requestId != null) {
            json.add("requestId", requestId);
        }
        if (propertyName != null) {
            json.add("propertyName", propertyName);
        }
        return json.add("message", message).add("httpStatusCode", httpStatusCode).build();
    }

    private static String newRequestId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10_000_000));
    }
}
