package io.threeds.sandbox.intergiro;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An answer of Intergiro's REST API: HTTP status and JSON body. */
public record ApiAnswer(int status, JsonObject body) {

    static ApiAnswer of(IntergiroError error) {
        return new ApiAnswer(error.status(), error.toJson());
    }

    Response response() {
        return Response.status(status).entity(body.toString()).type(MediaType.APPLICATION_JSON).build();
    }
}
