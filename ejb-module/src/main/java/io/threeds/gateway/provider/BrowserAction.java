package io.threeds.gateway.provider;

import java.util.Map;

/**
 * The raw browser step a provider asks for (API.md {@code nextAction.browserAction}): where the
 * shopper's browser must go, how, with which fields, in which frame.
 */
public record BrowserAction(String purpose, String method, String url, Map<String, String> fields, String target,
                            String windowSize) {
}
