package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.ShopperAnswer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The simulated issuer, with Worldline's 3-D Secure server in front of it: decides each scenario's
 * outcome when the payment is created and when the shopper finishes Worldline's pages. Pure: no state,
 * no I/O.
 */
final class Issuer {
    static final String CARDHOLDER_INFO =
            "Additional authentication is needed for this transaction, please contact (Issuer Name) at xxx-xxx-xxxx.";
    private static final DateTimeFormatter UTC_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

    private Issuer() {
    }

    /** The outcome of Create Payment. */
    static Outcome open(WorldlineScenario scenario, CardBrand brand, ThreeDSecureIds ids, Instant now) {
        String at = UTC_TIMESTAMP.format(now);
        return switch (scenario) {
            case FRICTIONLESS_AUTHENTICATED, SLOW_FRICTIONLESS -> Outcome.approved(
                    authenticated(ids, brand.authenticatedEci(), ThreeDSecureResults.FRICTIONLESS, at), now);
            case FRICTIONLESS_ATTEMPTED -> Outcome.approved(
                    authenticated(ids, brand.attemptedEci(), ThreeDSecureResults.FRICTIONLESS, at), now);
            case AUTHORIZED_WITHOUT_AUTHENTICATION -> Outcome.approved(
                    ThreeDSecureResults.withoutAuthentication(brand), now);
            case NOT_AUTHENTICATED -> Outcome.rejected(
                    ThreeDSecureResults.v2(ids, null, null, ThreeDSecureResults.FRICTIONLESS, at),
                    WorldlineError.mediumConfidence(), now);
            case REJECTED_WITH_CARDHOLDER_INFO -> Outcome.rejected(
                    ThreeDSecureResults.v2(ids, null, brand.notAuthenticatedEci(), ThreeDSecureResults.FRICTIONLESS, at),
                    WorldlineError.rejectedByIssuer(), now).withCardholderInfo(CARDHOLDER_INFO);
            case REJECTED_BY_ISSUER -> Outcome.rejected(
                    ThreeDSecureResults.v2(ids, null, brand.notAuthenticatedEci(), ThreeDSecureResults.FRICTIONLESS, at),
                    WorldlineError.rejectedByIssuer(), now);
            case CHALLENGE, CHALLENGE_FAILS, CHALLENGE_THEN_UNAVAILABLE -> Outcome.redirected(
                    ThreeDSecureResults.challengePending(ids, at), now);
            case THREE_DS_1 -> Outcome.redirected(null, now);
            case REDIRECTOR_FRICTIONLESS -> Outcome.redirected(
                    ThreeDSecureResults.v2(ids, null, null, ThreeDSecureResults.FRICTIONLESS, at), now);
        };
    }

    /** The outcome once the shopper answered the challenge (3-D Secure 2) or password (1.0) page. */
    static Outcome answer(Payment payment, ShopperAnswer answer, Instant now) {
        String at = UTC_TIMESTAMP.format(now);
        CardBrand brand = payment.order().brand();
        ThreeDSecureIds ids = payment.ids();
        if (payment.scenario() == WorldlineScenario.THREE_DS_1) {
            return answer == ShopperAnswer.CORRECT_CODE
                    ? Outcome.approved(ThreeDSecureResults.v1(ids, ThreeDSecureIds.newCavv(), brand.authenticatedEci()), now)
                    : Outcome.rejected(ThreeDSecureResults.v1(ids, null, brand.notAuthenticatedEci()),
                            WorldlineError.mediumConfidence(), now);
        }
        Outcome failed = Outcome.rejected(
                ThreeDSecureResults.v2(ids, null, brand.notAuthenticatedEci(), ThreeDSecureResults.CHALLENGED, at),
                WorldlineError.mediumConfidence(), now);
        if (answer == ShopperAnswer.CANCEL) {
            return Outcome.rejected(
                    ThreeDSecureResults.v2(ids, null, brand.notAuthenticatedEci(), ThreeDSecureResults.CHALLENGED, at),
                    WorldlineError.cancelledByConsumer(), now);
        }
        return switch (payment.scenario()) {
            case CHALLENGE -> answer == ShopperAnswer.CORRECT_CODE
                    ? Outcome.approved(authenticated(ids, brand.authenticatedEci(), ThreeDSecureResults.CHALLENGED, at), now)
                    : failed;
            case CHALLENGE_THEN_UNAVAILABLE -> Outcome.approved(ThreeDSecureResults.withoutAuthentication(brand), now);
            default -> failed;
        };
    }

    /** The outcome once the shopper passed the redirector of a payment whose authentication was frictionless. */
    static Outcome passRedirector(Payment payment, Instant now) {
        String at = UTC_TIMESTAMP.format(now);
        return Outcome.approved(authenticated(payment.ids(), payment.order().brand().authenticatedEci(),
                ThreeDSecureResults.FRICTIONLESS, at), now);
    }

    private static ThreeDSecureResults authenticated(ThreeDSecureIds ids, String eci, String method, String at) {
        return ThreeDSecureResults.v2(ids, ThreeDSecureIds.newCavv(), eci, method, at);
    }
}
