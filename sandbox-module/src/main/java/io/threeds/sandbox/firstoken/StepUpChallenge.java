package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Cardinal's step-up: the page that takes enroll's step-up {@code access_token} as {@code JWT} (and the
 * merchant's {@code MD}) and shows the issuer's one-time-code form, and that form's answer, which decides
 * the authentication once and sends the shopper back to the token's {@code ReturnUrl} with
 * {@code TransactionId} and {@code MD}. A second answer is refused.
 */
@ApplicationScoped
public class StepUpChallenge {

    @Inject
    Authentications authentications;

    @Inject
    AccessTokens tokens;

    /** @param formAction where the code form posts: the answer's path */
    HtmlAnswer open(String jwt, String md, String formAction, Instant now) {
        Optional<JsonObject> claims = tokens.stepUpClaims(jwt, now);
        if (claims.isEmpty()) {
            return invalidToken();
        }
        Optional<StepUp> stepUp = authentications.stepUp(AccessTokens.text(claims.get(), AccessTokens.TRANSACTION_ID));
        if (stepUp.isEmpty()) {
            return unknown();
        }
        if (stepUp.get().answered()) {
            return alreadyAnswered();
        }
        return HtmlAnswer.ok(CruisePages.stepUp(stepUp.get(), formAction, jwt, md));
    }

    HtmlAnswer answer(String jwt, String md, String otp, String action, Instant now) {
        Optional<JsonObject> claims = tokens.stepUpClaims(jwt, now);
        if (claims.isEmpty()) {
            return invalidToken();
        }
        String transactionId = AccessTokens.text(claims.get(), AccessTokens.TRANSACTION_ID);
        if (authentications.stepUp(transactionId).isEmpty()) {
            return unknown();
        }
        return authentications.answer(transactionId, ShopperAnswer.of(action, otp))
                .map(answered -> HtmlAnswer.ok(CruisePages.backToMerchant(
                        AccessTokens.text(claims.get(), AccessTokens.RETURN_URL), transactionId, md)))
                .orElseGet(StepUpChallenge::alreadyAnswered);
    }

    private static HtmlAnswer invalidToken() {
        return HtmlAnswer.badRequest("Invalid request",
                "The JWT is missing, expired, or not a step-up token of this simulator.");
    }

    private static HtmlAnswer unknown() {
        return HtmlAnswer.badRequest("Unknown authentication", "This authentication does not exist or has expired.");
    }

    private static HtmlAnswer alreadyAnswered() {
        return HtmlAnswer.badRequest("Already completed", "This authentication has already been completed.");
    }
}
