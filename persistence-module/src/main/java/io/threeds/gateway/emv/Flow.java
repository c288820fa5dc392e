package io.threeds.gateway.emv;

public enum Flow {
    FRICTIONLESS, CHALLENGE, THREEDS1, NOT_APPLICABLE
}
