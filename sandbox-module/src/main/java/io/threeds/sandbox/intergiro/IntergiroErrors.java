package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.ProviderErrorFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

/** Intergiro's error body for the faults {@code /sandbox/intergiro/faults} injects. */
@ApplicationScoped
public class IntergiroErrors implements ProviderErrorFormat {
    static final String PROVIDER = "intergiro";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public JsonObject errorBody(int httpStatus) {
        return IntergiroError.forStatus(httpStatus).toJson();
    }
}
