package io.threeds.gateway.model;

import java.util.Map;

/**
 * The raw browser step a provider asks for (API.md {@code nextAction.browserAction}): where the
 * shopper's browser must go, how, with which fields, in which frame. {@code timeoutMs}, when set, is
 * the step's time budget (a 3DS Method's 10 seconds): the hosted page then tells the gateway the step
 * timed out, and the provider continues without it. {@code relayMessages}: the step reports its result
 * by {@code window.postMessage} from the step's origin (Cardinal's device data collection), which the
 * hosted page relays to the gateway as the form field {@code message}.
 */
public record BrowserAction(String purpose, String method, String url, Map<String, String> fields, String target,
                            String windowSize, Integer timeoutMs, boolean relayMessages) {

    public BrowserAction(String purpose, String method, String url, Map<String, String> fields, String target,
                         String windowSize) {
        this(purpose, method, url, fields, target, windowSize, null, false);
    }

    public BrowserAction(String purpose, String method, String url, Map<String, String> fields, String target,
                         String windowSize, Integer timeoutMs) {
        this(purpose, method, url, fields, target, windowSize, timeoutMs, false);
    }

    /** The step runs in an iframe of the hosted page, so its callback arrives inside that iframe. */
    public boolean framed() {
        return "HIDDEN_IFRAME".equals(target) || "VISIBLE_IFRAME".equals(target);
    }
}
