package io.threeds.client;

import java.time.Instant;

/**
 * The Authentication resource (API.md §2). The EMV values are kept as the gateway sends them, strings, so
 * that a value a later gateway adds reads as itself: {@code state} PENDING_BROWSER, PROCESSING, COMPLETED,
 * FAILED or EXPIRED; {@code transStatus} Y, A, N, U, R, C, D, I or E; {@code flow} FRICTIONLESS, CHALLENGE,
 * THREEDS1 or NOT_APPLICABLE; {@code recommendedAction} PROCEED, PROCEED_WITHOUT_LIABILITY_SHIFT,
 * DO_NOT_PROCEED, RETRY or AWAIT_BROWSER. {@code authenticationValue} is null for auditors.
 */
public record Authentication(
        String id, String merchantId, String merchantReference, String provider, String state,
        String transStatus, String transStatusReason, String eci, String authenticationValue, String xid,
        String dsTransactionId, String acsTransactionId, String threeDSServerTransactionId, String threeDSVersion,
        String enrolled, String signatureVerification, String flow, boolean liabilityShift,
        String recommendedAction, String cardholderInfo, CardSummary card, Amount amount, NextAction nextAction,
        Authorization authorization, Instant createdAt, Instant updatedAt, Instant expiresAt) {

    /** The shopper's browser has work to do: send it to {@code nextAction.url}. */
    public boolean awaitsBrowser() {
        return "PENDING_BROWSER".equals(state);
    }

    /** The result is final: COMPLETED, FAILED or EXPIRED. */
    public boolean finished() {
        return "COMPLETED".equals(state) || "FAILED".equals(state) || "EXPIRED".equals(state);
    }

    /** Never prints the authentication value or the hosted page's token. */
    @Override
    public String toString() {
        return "Authentication[" + id + ", " + state + ", " + transStatus + "]";
    }
}
