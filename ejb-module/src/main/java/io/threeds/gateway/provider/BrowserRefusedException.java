package io.threeds.gateway.provider;

import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;

/** A browser callback or hosted-page request that does not belong where it claims: nothing changes. */
public class BrowserRefusedException extends GatewayException {
    public BrowserRefusedException(String detail) {
        super(ProblemType.BROWSER_CALLBACK_REFUSED, detail);
    }
}
