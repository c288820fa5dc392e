package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An error Intergiro answers with, other than "verification required" and a failed verification
 * ({@link VerificationFailed}): {@code {status, type, error, content: {property, description}}}, the shape
 * of the seed's errors (001:19-39), whose only status and type are 400 and "malformed content". The words
 * of {@code error} and {@code description}, the 401 of a missing key and the types of other statuses are
 * our assumption.
 *
 * @param property the request property at fault, or {@code null} for an error without {@code content}
 */
public record IntergiroError(int status, String type, String error, String property, String description) {
    static final String MALFORMED_CONTENT = "malformed content";

    static IntergiroError notAuthorized() {
        return new IntergiroError(401, "not authorized", "missing or invalid api key", null, null);
    }

    /** A request property that is missing or wrong. */
    static IntergiroError malformed(String property, String description) {
        return new IntergiroError(400, MALFORMED_CONTENT, "invalid " + property, property, description);
    }

    /** A re-POST whose {@code id} was never issued, belongs to a finished cycle or to another {@code number}. */
    static IntergiroError invalidId() {
        return new IntergiroError(400, MALFORMED_CONTENT, "invalid id", "id", "unknown or finished authorization cycle");
    }

    /** A re-POST whose card does not answer the step the cycle waits for. */
    static IntergiroError verificationInvalid(String description) {
        return new IntergiroError(400, MALFORMED_CONTENT, "verification invalid", "card", description);
    }

    /** The error of an HTTP status no scenario produces (an injected fault). */
    static IntergiroError forStatus(int status) {
        if (status == 401) {
            return notAuthorized();
        }
        String type = status == 400 ? MALFORMED_CONTENT
                : status == 404 ? "not found"
                : status >= 500 ? "backend failure"
                : "unknown error";
        return new IntergiroError(status, type, "simulated failure", null, null);
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("status", status).add("type", type).add("error", error);
        if (property != null) {
            json.add("content", Jsonp.createObjectBuilder().add("property", property).add("description", description));
        }
        return json.build();
    }
}
