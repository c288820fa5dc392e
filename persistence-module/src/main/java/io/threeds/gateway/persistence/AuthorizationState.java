package io.threeds.gateway.persistence;

/** An authorisation claimed and running, or ended without knowing whether the provider paid. */
public enum AuthorizationState {
    AUTHORIZING, UNKNOWN
}
