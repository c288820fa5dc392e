package io.threeds.gateway.authentication;

import io.threeds.gateway.provider.BrowserRefusedException;

/**
 * A hosted-page request for an authentication that does not exist: anyone can send these, so they are
 * neither audited nor logged one by one (the hosted pages count them per client address).
 */
public class UnknownAuthenticationException extends BrowserRefusedException {
    public UnknownAuthenticationException() {
        super("unknown authentication");
    }
}
