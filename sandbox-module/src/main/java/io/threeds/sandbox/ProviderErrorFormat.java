package io.threeds.sandbox;

import jakarta.json.JsonObject;

/**
 * A provider's error body, for the failures {@link ProviderApiFilter} injects: each simulator supplies
 * one bean, found by {@link #provider()}.
 */
public interface ProviderErrorFormat {

    String provider();

    /** The body the provider answers with the given HTTP error status. */
    JsonObject errorBody(int httpStatus);
}
