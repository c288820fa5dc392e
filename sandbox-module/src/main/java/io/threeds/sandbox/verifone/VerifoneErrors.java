package io.threeds.sandbox.verifone;

import io.threeds.sandbox.ProviderErrorFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * Verifone's error body for the failures {@code /sandbox/verifone/faults} injects:
 * {@code {"error_no": "<HTTP status>", "error_desc": "<reason phrase>"}}.
 */
@ApplicationScoped
public class VerifoneErrors implements ProviderErrorFormat {
    static final String PROVIDER = "verifone";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public JsonObject errorBody(int httpStatus) {
        Response.Status known = Response.Status.fromStatusCode(httpStatus);
        return VerifoneAnswer.error(String.valueOf(httpStatus), known == null ? "HTTP " + httpStatus : known.getReasonPhrase());
    }
}
