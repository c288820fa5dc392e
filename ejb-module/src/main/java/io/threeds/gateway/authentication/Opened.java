package io.threeds.gateway.authentication;

import io.threeds.gateway.persistence.Authentication;

/** An authentication as stored, and, while the browser has work to do, its hosted-page token. */
public record Opened(Authentication authentication, String browserToken) {
    /** Never prints the token. */
    @Override
    public String toString() {
        return "Opened[" + authentication.getId() + "]";
    }
}
