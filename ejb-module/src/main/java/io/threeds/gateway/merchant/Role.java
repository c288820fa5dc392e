package io.threeds.gateway.merchant;

public enum Role {
    MERCHANT, PARTNER, AUDITOR, ADMIN;

    /** The lower-case name the API and the audit trail use. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
