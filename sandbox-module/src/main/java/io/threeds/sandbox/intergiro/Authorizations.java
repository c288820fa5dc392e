package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intergiro's authorization endpoint behind the HTTP layer: a first POST opens a cycle, a re-POST with
 * the cycle's {@code id} continues it, and each answer is the pending step's "verification required"
 * error, the 201 {@code Authorization}, the failed verification, or the reason the request was refused.
 * The first POST of SANDBOX.md's "answers only after 15 seconds" card waits
 * {@code sandbox.intergiro.slow-answer-ms} (default 15000) first.
 */
@ApplicationScoped
public class Authorizations {

    @Inject
    Cycles cycles;

    @Inject
    CardTokens tokens;

    @Inject
    @ConfigProperty(name = "sandbox.intergiro.slow-answer-ms", defaultValue = "15000")
    long slowAnswerMs;

    /**
     * @param text the request body
     * @param base the base URI the request came in on, for the browser pages' URLs
     */
    ApiAnswer post(String text, URI base, Instant now) {
        Optional<RequestBody> parsed = RequestBody.parse(text);
        if (parsed.isEmpty()) {
            return ApiAnswer.of(IntergiroError.malformed("body", "the request body must be a JSON object"));
        }
        RequestBody body = parsed.get();
        Optional<IntergiroError> malformed = RequestValidation.check(body);
        if (malformed.isPresent()) {
            return ApiAnswer.of(malformed.get());
        }
        AuthorizationRequest request = AuthorizationRequest.of(body);
        if (request.id() != null) {
            Round round = cycles.answer(request.id(), cycle -> cycle.answer(request, tokens));
            return round.refusal() != null ? ApiAnswer.of(round.refusal()) : answer(round.cycle(), request, base, now);
        }
        if (request.card() == null) {
            return ApiAnswer.of(IntergiroError.malformed(RequestValidation.CARD,
                    "a card token only continues an authorization cycle: the first request carries the card object"));
        }
        IntergiroScenario scenario = IntergiroScenario.of(request.card().number());
        if (scenario.answersSlowly()) {
            pause(Duration.ofMillis(slowAnswerMs));
        }
        Cycle cycle = Cycle.open(TransactionIds.newId(), request, scenario, TransactionIds.random());
        if (cycle.state() == Cycle.State.AWAITING_VERIFICATION) {
            cycles.add(cycle);
        }
        return answer(cycle, request, base, now);
    }

    private static ApiAnswer answer(Cycle cycle, AuthorizationRequest request, URI base, Instant now) {
        return switch (cycle.state()) {
            case AWAITING_VERIFICATION -> new ApiAnswer(400, VerificationRequired.body(cycle, request, base));
            case AUTHORIZED -> new ApiAnswer(201, AuthorizationDocument.created(cycle, now));
            case FAILED -> new ApiAnswer(400, VerificationFailed.body(cycle));
        };
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
