package io.threeds.gateway.provider;

import java.net.URI;

/**
 * What the hosted page runs for a browser step that the provider's own JavaScript SDK carries (a
 * {@code BrowserAction} with method {@code SDK}): the SDK, loaded from {@code sdk} before the page's own
 * script, and that {@code script}, which starts the SDK and relays its events to the authentication's
 * callbacks. The page renders the rest alike for every provider: an element {@code #progress} whose text
 * the script shows (in {@code data-text}), a hidden {@code #failed} it reveals when the step fails, and to
 * a relayed event that accepts JSON, the answer {@code {"next": "step"|"redirect"|"refused", "url",
 * "action"?}}.
 */
public record SdkPage(URI sdk, String script) {
}
