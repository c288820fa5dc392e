package io.threeds.gateway.provider;

import io.threeds.gateway.problem.GatewayException;

/** A browser callback or hosted-page request that does not belong where it claims: nothing changes. */
public class BrowserRefusedException extends GatewayException {
    public BrowserRefusedException(String detail) {
        super("browser-callback-refused", "Browser request refused", 400, detail);
    }
}
