package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulated ACS behind {@code Cardinal.continue}: the page the modal's iframe loads with the lookup's
 * {@code payload} as {@code creq} and its {@code TransactionId}, and the answer of its one-time-code form,
 * which decides the challenge once, keeps the result by {@code transaction_id}, and hands
 * {@code payments.validated}'s data and JWT to songbird.js in the parent window. A second answer is refused.
 */
@ApplicationScoped
public class AcsChallenge {

    @Inject
    CardinalMemory memory;

    @Inject
    SongbirdTokens tokens;

    /** @param formAction where the code form posts: the answer's path */
    AcsPage open(String creq, String transactionId, String formAction) {
        Optional<Challenge> challenge = memory.challenge(transactionId);
        Optional<ChallengeRequest> request = ChallengeRequest.parse(creq);
        if (challenge.isEmpty() || request.isEmpty()
                || !request.get().acsTransId().equals(challenge.get().acsTransactionId())) {
            return AcsPage.invalid("The creq and TransactionId do not name a challenge of this ACS.");
        }
        if (challenge.get().answered()) {
            return AcsPage.alreadyAnswered();
        }
        return AcsPage.ok(AcsPages.code(challenge.get(), formAction, creq));
    }

    AcsPage answer(String transactionId, String otp, String action, Instant now) {
        Optional<Challenge> challenge = memory.challenge(transactionId);
        if (challenge.isEmpty()) {
            return AcsPage.invalid("The TransactionId names no challenge of this ACS.");
        }
        ChallengeOutcome outcome = Issuer.answer(challenge.get().scenario(), challenge.get().brand(),
                ShopperAnswer.of(action, otp));
        JsonObject data = validatedData(challenge.get(), outcome);
        ValidatedEvent event = new ValidatedEvent(data, tokens.forValidated(data, challenge.get().contractId(), now));
        return memory.answer(transactionId, event)
                .map(answered -> AcsPage.ok(AcsPages.result(event)))
                .orElseGet(AcsPage::alreadyAnswered);
    }

    /** The result kept for a {@code transaction_id}, once answered. */
    Optional<ValidatedEvent> result(String transactionId) {
        return memory.challenge(transactionId).map(Challenge::validated);
    }

    /**
     * Cardinal's {@code payments.validated} data (PROVIDERS.md §1.4.3): {@code Validated, ActionCode,
     * ErrorNumber, ErrorDescription, Payment {Type, ProcessorTransactionId, ExtendedData}}, with {@code Type},
     * {@code ExtendedData} and {@code ProcessorTransactionId} also at the top level.
     */
    static JsonObject validatedData(Challenge challenge, ChallengeOutcome outcome) {
        JsonObjectBuilder extended = Jsonp.createObjectBuilder()
                .add("Amount", String.valueOf(challenge.amount()));
        if (outcome.cavv() != null) {
            extended.add("CAVV", outcome.cavv());
        }
        JsonObject extendedData = extended
                .add("CurrencyCode", challenge.currencyCode())
                .add("ECIFlag", outcome.eciFlag())
                .add("ThreeDSVersion", ChallengeRequest.MESSAGE_VERSION)
                .add("PAResStatus", outcome.paresStatus())
                .add("SignatureVerification", "Y")
                .build();
        return Jsonp.createObjectBuilder()
                .add("Validated", outcome.validated())
                .add("ActionCode", outcome.actionCode())
                .add("ErrorNumber", outcome.errorNumber())
                .add("ErrorDescription", outcome.errorDescription())
                .add("Payment", Jsonp.createObjectBuilder()
                        .add("Type", "CCA")
                        .add("ProcessorTransactionId", challenge.transactionId())
                        .add("ExtendedData", extendedData))
                .add("Type", "CCA")
                .add("ExtendedData", extendedData)
                .add("ProcessorTransactionId", challenge.transactionId())
                .build();
    }
}
