package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.CardBrand;

/**
 * {@code TX/status} of a 3-D Secure 1.0.2 PARes: what the issuer's ACS decided. Paysafe's
 * {@code threeDResult} repeats it after validation, or is {@code E} when the PaRes cannot be used.
 */
public enum PaResStatus {
    /** Authenticated. */
    Y,
    /** Attempted: the issuer or the scheme stood in for an ACS that could not authenticate. */
    A,
    /** Not authenticated. */
    N,
    /** Authentication could not be performed. */
    U;

    /** Whether the PARes carries a CAVV and an ECI (3-D Secure 1.0.2: only for Y and A). */
    public boolean authenticates() {
        return this == Y || this == A;
    }

    /** The PARes's two-digit ECI ({@code 05}/{@code 06}, Mastercard {@code 02}/{@code 01}), or null for N and U. */
    public String eci(CardBrand brand) {
        return switch (this) {
            case Y -> brand.authenticatedEci();
            case A -> brand.attemptedEci();
            case N, U -> null;
        };
    }
}
