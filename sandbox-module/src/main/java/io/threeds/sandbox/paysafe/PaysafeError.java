package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Paysafe's error envelope {@code {"error": {code, message, details: [...], fieldErrors: [{field, error}]}}}
 * (PROVIDERS.md §4.6), with the HTTP status it travels with. {@code details} and {@code fieldErrors} are
 * always present, empty when there is nothing to say. Codes {@code 5279}, {@code 5068}, {@code 5269},
 * {@code 5031}, {@code 3022} and {@code 1000} follow Paysafe's published numbering; the simulator chose
 * which situation gets which (§4.6: "codes are simulator-defined").
 */
public record PaysafeError(int httpStatus, String code, String message, List<String> details,
                           List<FieldError> fieldErrors) {

    /** One offending request member, by its dotted path ({@code card.cardNum}). */
    public record FieldError(String field, String error) {
    }

    static PaysafeError invalidCredentials() {
        return new PaysafeError(401, "5279", "The authentication credentials are invalid.",
                List.of("Send HTTP Basic authentication with the simulator's API user name and password."), List.of());
    }

    static PaysafeError invalidFields(List<FieldError> fieldErrors) {
        return new PaysafeError(400, "5068", "Field error(s)",
                List.of("Either you submitted a request that is missing a mandatory field or the value of a field "
                        + "does not match the format expected."), fieldErrors);
    }

    static PaysafeError bodyNotAnObject() {
        return new PaysafeError(400, "5068", "Field error(s)", List.of("The request body must be a JSON object."),
                List.of());
    }

    static PaysafeError invalidField(String field, String error) {
        return invalidFields(List.of(new FieldError(field, error)));
    }

    static PaysafeError notFound(String what) {
        return new PaysafeError(404, "5269",
                "The ID(s) specified in the URL do not correspond to the values in the system.", List.of(what),
                List.of());
    }

    /** A reused {@code merchantRefNum} (G-P8), or a second validation of one enrollment check (G-P10). */
    static PaysafeError alreadyProcessed(String detail) {
        return new PaysafeError(409, "5031", "The transaction you have submitted has already been processed.",
                List.of(detail), List.of());
    }

    static PaysafeError insufficientAuthentication() {
        return new PaysafeError(402, "3022",
                "The card has been declined due to insufficient 3D Secure authentication.",
                List.of("The authentication's threeDResult is N or its signatureStatus is N."), List.of());
    }

    /** The error Paysafe answers with an HTTP status no scenario produces (an injected fault). */
    static PaysafeError forStatus(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> invalidFields(List.of());
            case 401 -> invalidCredentials();
            case 402 -> insufficientAuthentication();
            case 404 -> notFound("Injected by the sandbox's fault control.");
            case 409 -> alreadyProcessed("Injected by the sandbox's fault control.");
            default -> new PaysafeError(httpStatus, "1000", "An internal error occurred.",
                    List.of("Injected by the sandbox's fault control (HTTP " + httpStatus + ")."), List.of());
        };
    }

    JsonObject toJson() {
        JsonArrayBuilder detailArray = Jsonp.createArrayBuilder();
        details.forEach(detailArray::add);
        JsonArrayBuilder fieldArray = Jsonp.createArrayBuilder();
        fieldErrors.forEach(fieldError -> fieldArray.add(Jsonp.createObjectBuilder()
                .add("field", fieldError.field()).add("error", fieldError.error())));
        return Jsonp.createObjectBuilder().add("error", Jsonp.createObjectBuilder()
                .add("code", code)
                .add("message", message)
                .add("details", detailArray)
                .add("fieldErrors", fieldArray)).build();
    }
}
