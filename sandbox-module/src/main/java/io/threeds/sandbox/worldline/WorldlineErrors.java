package io.threeds.sandbox.worldline;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.ProviderErrorFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Worldline's error body {@code {errorId, errors: [{code, message, httpStatusCode}]}}. */
@ApplicationScoped
public class WorldlineErrors implements ProviderErrorFormat {
    static final String PROVIDER = "worldline";

    /** The body's start; a 402 adds its {@code paymentResult}. */
    static JsonObjectBuilder body(List<WorldlineError> errors) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        errors.forEach(error -> array.add(error.toJson(false)));
        return Jsonp.createObjectBuilder()
                .add("errorId", UUID.randomUUID().toString().replace("-", ""))
                .add("errors", array);
    }

    /** A complete error answer; its HTTP status is the first error's. */
    static Response response(List<WorldlineError> errors) {
        return Response.status(errors.get(0).httpStatusCode())
                .entity(body(errors).build().toString())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    static Response response(WorldlineError error) {
        return response(List.of(error));
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public JsonObject errorBody(int httpStatus) {
        return body(List.of(WorldlineError.forStatus(httpStatus))).build();
    }
}
