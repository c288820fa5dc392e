package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An answer of Verifone's APIs: the HTTP status and a JSON body. Errors (not documented, G-V14) are
 * {@code {"error_no": "<number>", "error_desc": "<text>"}}, the lookup's own error fields.
 */
record VerifoneAnswer(int status, JsonObject body) {
    /** A request the service refuses: missing or malformed field, unknown key alias. */
    static final String INVALID_REQUEST = "1000";
    /** The {@code device_info_id} is no Songbird session of this simulator. */
    static final String UNKNOWN_SESSION = "1001";
    /** [P] A JWT given for validation that is not one of the service's validated results. */
    static final String INVALID_JWT = "1002";

    static VerifoneAnswer ok(JsonObject body) {
        return new VerifoneAnswer(200, body);
    }

    static VerifoneAnswer badRequest(String errorNo, String errorDesc) {
        return new VerifoneAnswer(400, error(errorNo, errorDesc));
    }

    static VerifoneAnswer invalid(String errorDesc) {
        return badRequest(INVALID_REQUEST, errorDesc);
    }

    static VerifoneAnswer unauthorized() {
        return new VerifoneAnswer(401, error("401", "Unauthorized"));
    }

    static JsonObject error(String errorNo, String errorDesc) {
        return Jsonp.createObjectBuilder().add("error_no", errorNo).add("error_desc", errorDesc).build();
    }

    Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).entity(body.toString())
                .type(MediaType.APPLICATION_JSON);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"verifone-sandbox\"");
        }
        return response.build();
    }
}
