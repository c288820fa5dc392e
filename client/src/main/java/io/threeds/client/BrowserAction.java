package io.threeds.client;

import java.util.Map;

/** The raw browser step ({@code purpose} e.g. {@code CHALLENGE}), for merchants who render it themselves. */
public record BrowserAction(String purpose, String method, String url, Map<String, String> fields, String target,
                            String windowSize) {
    /** Never prints the fields, which carry the provider's one-time messages. */
    @Override
    public String toString() {
        return "BrowserAction[" + purpose + ", " + method + " " + url + "]";
    }
}
