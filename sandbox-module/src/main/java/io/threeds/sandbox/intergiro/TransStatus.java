package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardBrand;

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

    /**
     * The PaRes {@code eci}, unpadded as in the seed's PaRes ({@code "2"}): Y {@code 5} ({@code 2}),
     * A {@code 6} ({@code 1}), otherwise {@code 7} ({@code 0}); Mastercard's values in brackets.
     */
    String eci(CardBrand brand) {
        String eci = switch (this) {
            case Y -> brand.authenticatedEci();
            case A -> brand.attemptedEci();
            default -> brand.notAuthenticatedEci();
        };
        return String.valueOf(Integer.parseInt(eci));
    }
}
