package io.threeds.gateway.web.api;

import io.threeds.gateway.authentication.AuthenticationService;
import io.threeds.gateway.authentication.Opened;
import io.threeds.gateway.authentication.Opening;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.model.NewAuthentication;
import java.util.function.Function;

/**
 * One create under its Idempotency-Key: the key is claimed in the transaction that stores the attempt, and
 * its answer kept in the one that records the outcome, so the key costs the request no commit of its own.
 */
final class AuthenticationCreation implements IdempotentCall.Holding {
    private final AuthenticationService authentications;
    private final AuthenticationViews views;
    private final Caller caller;
    private final NewAuthentication request;
    private Opening opening;
    private String answered;

    AuthenticationCreation(AuthenticationService authentications, AuthenticationViews views, Caller caller,
                           NewAuthentication request) {
        this.authentications = authentications;
        this.views = views;
        this.caller = caller;
        this.request = request;
    }

    @Override
    public Claim open(KeyHold hold) {
        opening = authentications.open(caller, hold, request);
        return opening.claim();
    }

    /** The 201's body is written once, inside the outcome's transaction, and kept from there. */
    @Override
    public IdempotentCall.Answer proceed(Claim claim, Function<String, String> kept) {
        Opened opened = authentications.proceed(caller, opening, request, outcome -> {
            answered = WireJson.write(views.of(outcome.authentication(), caller));
            return kept.apply(answered);
        });
        return new IdempotentCall.Answer(201, answered, opened.authentication().getId());
    }
}
