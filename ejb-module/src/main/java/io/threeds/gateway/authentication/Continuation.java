package io.threeds.gateway.authentication;

import io.threeds.gateway.model.BrowserAction;

/**
 * Where the shopper's browser goes after a callback: the hosted page again (another step, {@code step}
 * set) or the merchant's returnUrl (done). {@code fromFrame}: the callback arrived inside an iframe of
 * the hosted page, so the page that answers it must move the hosted page itself, not the iframe.
 */
public record Continuation(String url, boolean fromFrame, boolean done, BrowserAction step) {
}
