package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An answer of Firstoken's API: the HTTP status and the envelope
 * {@code {"status": "success"|"fail"|"error", "message", "data"}}. {@code success} only means that the
 * call worked (G-F9): a failed authentication is a success; {@code fail} is the caller's mistake,
 * {@code error} the service's (and, as Firstoken's public documents have it, a refused API key).
 */
record JsonAnswer(int status, JsonObject body) {
    static final String SUCCESS = "success";
    static final String FAIL = "fail";
    static final String ERROR = "error";

    static JsonAnswer success(String message, JsonObject data) {
        return new JsonAnswer(200, envelope(SUCCESS, message).add("data", data).build());
    }

    /** A refused request: HTTP 400 without {@code data}. */
    static JsonAnswer fail(String message) {
        return new JsonAnswer(400, envelope(FAIL, message).build());
    }

    /** A call that worked and whose outcome is a refusal (a declined payment): HTTP 200 with {@code data}. */
    static JsonAnswer failWithData(String message, JsonObject data) {
        return new JsonAnswer(200, envelope(FAIL, message).add("data", data).build());
    }

    static JsonAnswer unauthorized() {
        return new JsonAnswer(401, envelope(ERROR, "Unauthorized").build());
    }

    static JsonObjectBuilder envelope(String status, String message) {
        return Jsonp.createObjectBuilder().add("status", status).add("message", message);
    }

    Response toResponse() {
        return Response.status(status).entity(body.toString()).type(MediaType.APPLICATION_JSON).build();
    }
}
