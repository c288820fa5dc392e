package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ProviderErrorFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * Firstoken's envelope for the failures {@code /sandbox/firstoken/faults} injects: {@code error} with the
 * status's reason phrase for 401 and 5xx, {@code fail} for the other 4xx (the JSend convention the
 * envelope follows).
 */
@ApplicationScoped
public class FirstokenErrors implements ProviderErrorFormat {
    static final String PROVIDER = "firstoken";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public JsonObject errorBody(int httpStatus) {
        if (httpStatus == 401) {
            return JsonAnswer.unauthorized().body();
        }
        Response.Status known = Response.Status.fromStatusCode(httpStatus);
        String message = known == null ? "HTTP " + httpStatus : known.getReasonPhrase();
        String status = httpStatus >= 400 && httpStatus < 500 ? JsonAnswer.FAIL : JsonAnswer.ERROR;
        return JsonAnswer.envelope(status, message).build();
    }
}
