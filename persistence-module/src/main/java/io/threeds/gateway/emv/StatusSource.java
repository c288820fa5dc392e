package io.threeds.gateway.emv;

/** Where a result came from: the provider's server, a verified signed message, or the browser. */
public enum StatusSource {
    PROVIDER_API, SIGNED_CLIENT_MESSAGE, BROWSER_MESSAGE, INFERRED
}
