package io.threeds.sandbox.worldline;

import java.time.Instant;

/**
 * Where a payment stands: its status, the 3-D Secure results shown with it, the error a rejection
 * carries and the issuer's message for the cardholder, if any.
 */
public record Outcome(PaymentStatus status, ThreeDSecureResults results, WorldlineError error,
                      String cardholderInfo, Instant changedAt) {

    static Outcome redirected(ThreeDSecureResults results, Instant at) {
        return new Outcome(PaymentStatus.REDIRECTED, results, null, null, at);
    }

    static Outcome approved(ThreeDSecureResults results, Instant at) {
        return new Outcome(PaymentStatus.PENDING_APPROVAL, results, null, null, at);
    }

    static Outcome rejected(ThreeDSecureResults results, WorldlineError error, Instant at) {
        return new Outcome(PaymentStatus.REJECTED, results, error, null, at);
    }

    Outcome withCardholderInfo(String text) {
        return new Outcome(status, results, error, text, changedAt);
    }
}
