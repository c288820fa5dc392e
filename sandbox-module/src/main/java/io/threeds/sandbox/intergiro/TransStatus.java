package io.threeds.sandbox.intergiro;

/**
 * The issuer's result of a challenge, as the ACS writes it in the CRes ({@code transStatus}) and, for
 * 3-D Secure 1.0, in the PaRes ({@code status}).
 */
public enum TransStatus {
    /** Authenticated. */
    Y,
    /** Attempts processing: not authenticated, but the issuer vouches for the attempt. */
    A,
    /** Not authenticated. */
    N,
    /** Authentication could not be performed. */
    U,
    /** Rejected by the issuer. */
    R;

    /** Whether Intergiro goes on to authorize the payment: Y and A. */
    boolean authenticated() {
        return this == Y || this == A;
    }
}
