package io.threeds.sandbox.intergiro;

import java.util.Optional;

/**
 * One authorization cycle (PROVIDERS.md §2.1): from the first POST to the answer that is not
 * "verification required", keyed by its 16-character {@code id}, which stays the same for every round.
 *
 * @param step      the index, in the scenario's steps, of the step the cycle waits for
 * @param callback  {@code client.callback} of the request that opened that step: where its ACS posts
 * @param previous  what the next re-POST must repeat of the call that opened that step
 * @param acsResult the result the ACS page decided for that step, {@code null} until it did
 */
public record Cycle(String id, String number, IntergiroScenario scenario, CardOnFile card, Purchase purchase,
                    TransactionIds ids, int step, String callback, RequestFields previous, TransStatus acsResult,
                    State state) {

    public enum State {
        AWAITING_VERIFICATION,
        AUTHORIZED,
        FAILED
    }

    /** The cycle of a first POST: at its scenario's first step, or already authorized. */
    static Cycle open(String id, AuthorizationRequest request, IntergiroScenario scenario, TransactionIds ids) {
        State state = scenario.steps().isEmpty() ? State.AUTHORIZED : State.AWAITING_VERIFICATION;
        return new Cycle(id, request.number(), scenario, CardOnFile.of(request.card()), request.purchase(), ids, 0,
                request.callback(), request.fields(), null, state);
    }

    /** The step the cycle waits for; empty once it ended. */
    public Optional<VerificationStep> pendingStep() {
        return state == State.AWAITING_VERIFICATION ? Optional.of(scenario.steps().get(step)) : Optional.empty();
    }

    boolean awaits(VerificationStep verification) {
        return pendingStep().filter(verification::equals).isPresent();
    }

    /** The ACS page decided the pending step. */
    Cycle decided(TransStatus result) {
        return new Cycle(id, number, scenario, card, purchase, ids, step, callback, previous, result, state);
    }

    /**
     * Takes a re-POST: refused when its id, merchant number, purchase, the other fields of the previous call
     * or its verification do not fit, else the cycle moves on to its next step, to 201, or (after a result
     * other than Y or A) to failure.
     */
    Round answer(AuthorizationRequest request, CardTokens tokens) {
        if (state != State.AWAITING_VERIFICATION || !number.equals(request.number())) {
            return Round.refused(IntergiroError.invalidId());
        }
        if (!purchase.isSameAs(request.purchase())) {
            return Round.refused(IntergiroError.malformed("amount",
                    "amount and currency must be those of the authorization cycle (" + purchase + ")"));
        }
        Optional<String> unrepeated = previous.unrepeatedIn(request.fields());
        if (unrepeated.isPresent()) {
            return Round.refused(IntergiroError.malformed(unrepeated.get(), "a re-POST includes every field of the "
                    + "previous call as it was, adding the id and the updated card only (001:92, 329-332)"));
        }
        Optional<String> problem = VerificationCheck.problem(this, request, tokens);
        if (problem.isPresent()) {
            return Round.refused(IntergiroError.verificationInvalid(problem.get()));
        }
        if (scenario.steps().get(step).authenticates() && !acsResult.authenticated()) {
            return Round.to(ended(State.FAILED));
        }
        if (step + 1 == scenario.steps().size()) {
            return Round.to(ended(State.AUTHORIZED));
        }
        return Round.to(new Cycle(id, number, scenario, card, purchase, ids, step + 1, request.callback(),
                request.fields(), null, state));
    }

    private Cycle ended(State end) {
        return new Cycle(id, number, scenario, card, purchase, ids, step, callback, previous, acsResult, end);
    }
}
