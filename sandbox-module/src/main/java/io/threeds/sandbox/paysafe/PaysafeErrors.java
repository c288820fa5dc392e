package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.ProviderErrorFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Paysafe's error answers, and the bodies of the failures {@code /sandbox/paysafe/faults} injects. */
@ApplicationScoped
public class PaysafeErrors implements ProviderErrorFormat {
    static final String PROVIDER = "paysafe";

    /** A complete error answer; a 401 also names the Basic scheme it wants. */
    static Response response(PaysafeError error) {
        Response.ResponseBuilder response = Response.status(error.httpStatus())
                .entity(error.toJson().toString())
                .type(MediaType.APPLICATION_JSON);
        if (error.httpStatus() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"paysafe sandbox\"");
        }
        return response.build();
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public JsonObject errorBody(int httpStatus) {
        return PaysafeError.forStatus(httpStatus).toJson();
    }
}
