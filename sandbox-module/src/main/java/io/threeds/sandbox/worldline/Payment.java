package io.threeds.sandbox.worldline;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * One simulated Worldline payment, keyed by its 30-digit id.
 *
 * @param externalReference {@code creationOutput.externalReference}, 30 characters; the first 20 are the
 *                          {@code additionalReference}, as in the seed
 * @param redirect          the shopper's redirect, or {@code null} when Create Payment completed the payment
 */
public record Payment(String id, String merchantId, String externalReference, Order order,
                      WorldlineScenario scenario, ThreeDSecureIds ids, Redirect redirect, Outcome outcome) {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new payment as Create Payment leaves it. */
    static Payment open(String id, String merchantId, Order order, WorldlineScenario scenario, Instant now) {
        ThreeDSecureIds ids = ThreeDSecureIds.random();
        Redirect redirect = scenario.redirects() ? Redirect.to(scenario.redirectPage()) : null;
        return new Payment(id, merchantId, randomReference(30), order, scenario, ids, redirect,
                Issuer.open(scenario, order.brand(), ids, now));
    }

    public String additionalReference() {
        return externalReference.substring(0, 20);
    }

    public boolean awaitsShopper() {
        return outcome.status() == PaymentStatus.REDIRECTED;
    }

    Payment with(Outcome next) {
        return new Payment(id, merchantId, externalReference, order, scenario, ids, redirect, next);
    }

    private static String randomReference(int length) {
        StringBuilder reference = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            reference.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return reference.toString();
    }
}
