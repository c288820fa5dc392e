package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Firstoken's Risk Payer Authentication: setup, check enrollment and validate (PROVIDERS.md §3.3-§3.4),
 * each answering a request body that is already a JSON object. URLs handed to the browser are absolute,
 * under the simulators' base URI ({@code http://host:port/sandbox/}).
 */
@ApplicationScoped
public class PayerAuthentication {

    @Inject
    Authentications authentications;

    @Inject
    AccessTokens tokens;

    /** How long setup takes for the Time-out card: longer than any sane client timeout. */
    @Inject
    @ConfigProperty(name = "sandbox.firstoken.time-out-delay-ms", defaultValue = "15000")
    long timeOutDelayMs;

    /** Opens a session: its {@code reference_id} and the JWT for device data collection. */
    JsonAnswer setup(RequestBody body, URI base, Instant now) {
        Optional<String> problem = RequestValidation.setup(body);
        if (problem.isPresent()) {
            return JsonAnswer.fail(problem.get());
        }
        if (FirstokenScenario.of(card(body)) == FirstokenScenario.TIME_OUT) {
            pause(timeOutDelayMs);
        }
        Session session = Session.open(UUID.randomUUID().toString());
        authentications.open(session);
        return SetupResponse.of(referenceCode(body), session.referenceId(),
                tokens.forDeviceDataCollection(session.referenceId(), now),
                CruisePages.at(base, DeviceDataCollectionResource.PATH), now);
    }

    /**
     * The issuer's answer for a session this simulator opened: final, or a step-up kept for the step-up
     * page and validate. A step-up needs {@code authentication.return_url}.
     */
    JsonAnswer enroll(RequestBody body, URI base, Instant now) {
        Optional<String> problem = RequestValidation.enroll(body);
        if (problem.isPresent()) {
            return JsonAnswer.fail(problem.get());
        }
        String referenceId = body.text(RequestValidation.REFERENCE_ID).orElseThrow();
        Optional<Session> session = authentications.session(referenceId);
        if (session.isEmpty()) {
            return JsonAnswer.fail(RequestValidation.REFERENCE_ID + " is unknown");
        }
        CardNumber card = card(body);
        FirstokenScenario scenario = FirstokenScenario.of(card);
        Optional<AuthenticationResult> result = Issuer.enroll(scenario, CardType.of(card),
                session.get().hasDeviceData());
        if (result.isPresent()) {
            return EnrollResponse.completed(referenceCode(body), card, Identifiers.authenticationTransactionId(),
                    Issuer.ids(scenario), result.get(), now);
        }
        if (!body.has(RequestValidation.RETURN_URL)) {
            return JsonAnswer.fail(RequestValidation.isRequired(RequestValidation.RETURN_URL));
        }
        StepUp stepUp = new StepUp(Identifiers.authenticationTransactionId(), referenceId, scenario,
                CardType.of(card), card.lastFourOnly(), Amount.of(body).orElseThrow(), Issuer.ids(scenario),
                body.text(RequestValidation.RETURN_URL).orElseThrow(), null);
        authentications.add(stepUp);
        return EnrollResponse.steppedUp(referenceCode(body), card, stepUp, tokens.forStepUp(stepUp, now),
                CruisePages.at(base, StepUpResource.PATH), now);
    }

    /** The result of an answered step-up, as often as asked. */
    JsonAnswer validate(RequestBody body, Instant now) {
        Optional<String> problem = RequestValidation.validate(body);
        if (problem.isPresent()) {
            return JsonAnswer.fail(problem.get());
        }
        Optional<StepUp> stepUp = authentications.stepUp(body.text(RequestValidation.TRANSACTION_ID).orElseThrow());
        if (stepUp.isEmpty()) {
            return JsonAnswer.fail(RequestValidation.TRANSACTION_ID + " is unknown");
        }
        if (!stepUp.get().answered()) {
            return JsonAnswer.fail("authentication not completed");
        }
        return ValidateResponse.of(referenceCode(body), stepUp.get(), now);
    }

    private static CardNumber card(RequestBody body) {
        return new CardNumber(body.text(RequestValidation.CARD_NUMBER).orElseThrow());
    }

    private static String referenceCode(RequestBody body) {
        return body.text(RequestValidation.REFERENCE_CODE).orElseThrow();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
