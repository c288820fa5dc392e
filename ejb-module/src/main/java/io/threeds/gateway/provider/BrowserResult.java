package io.threeds.gateway.provider;

import java.util.Map;

/** The parameters the shopper's browser brought back (query string or form post), untrusted. */
public record BrowserResult(Map<String, String> parameters) {
    public String get(String name) {
        return parameters.get(name);
    }
}
