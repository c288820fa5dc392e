package io.threeds.sandbox.intergiro;

/**
 * One browser action of an authorization cycle, announced by a "verification required" error and
 * answered by a re-POST (PROVIDERS.md §2.4).
 */
public enum VerificationStep {
    /** Antifraud: {@code details.method GET}; answered by replacing {@code card} with the card token. */
    ANTIFRAUD(null),
    /** 3DS Method in a hidden iframe; answered by {@code card.verification {type: "method"}}. */
    METHOD("method"),
    /** 3-D Secure 2 challenge; answered by {@code card.verification {type: "challenge", data: cres}}. */
    CHALLENGE("challenge"),
    /** 3-D Secure 1.0 ACS (PaReq); answered by {@code card.verification {type: "pares", data: PaRes}}. */
    PARES("pares");

    private final String verificationType;

    VerificationStep(String verificationType) {
        this.verificationType = verificationType;
    }

    /** The {@code card.verification.type} that answers this step; {@code null} for antifraud. */
    String verificationType() {
        return verificationType;
    }

    /** Whether the step ends with the issuer's result (a CRes or a PaRes). */
    boolean authenticates() {
        return this == CHALLENGE || this == PARES;
    }
}
