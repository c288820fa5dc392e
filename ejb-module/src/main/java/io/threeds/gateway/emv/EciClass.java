package io.threeds.gateway.emv;

/** What an ECI says happened: full authentication, an attempt, or none. */
public enum EciClass {
    FULL, ATTEMPT, NONE, UNKNOWN
}
