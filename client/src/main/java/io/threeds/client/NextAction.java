package io.threeds.client;

/**
 * What the shopper's browser must do while the authentication is {@code PENDING_BROWSER}: open {@code url},
 * the gateway's hosted 3DS page, in an iframe or as a redirect.
 */
public record NextAction(String type, String url, BrowserAction browserAction) {
    /** Never prints the URL, whose token opens the shopper's hosted page. */
    @Override
    public String toString() {
        return "NextAction[" + type + "]";
    }
}
