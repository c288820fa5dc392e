package io.threeds.sandbox.verifone;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifone's 3-D Secure service (PROVIDERS.md §1.3.1-§1.3.2): jwt/create and the lookup, each answering a
 * request body that is already a JSON object. The lookup's {@code acs_url} is absolute, under the simulators'
 * base URI ({@code http://host:port/sandbox/}).
 */
@ApplicationScoped
public class ThreeDSecureService {
    static final String THREADS_VERSION = ChallengeRequest.MESSAGE_VERSION;

    @Inject
    SongbirdTokens tokens;

    @Inject
    CardinalMemory memory;

    @Inject
    SecureCardCapture cardCapture;

    /** How long the lookup takes for the Time-out card: longer than any sane client timeout. */
    @Inject
    @ConfigProperty(name = "sandbox.verifone.time-out-delay-ms", defaultValue = "15000")
    long timeOutDelayMs;

    /** {@code {"threads_contract_id", "jwt"}}: the contract id echoed as sent, in the documented spelling. */
    VerifoneAnswer jwtCreate(RequestBody body, Instant now) {
        Optional<String> problem = RequestValidation.jwtCreate(body);
        if (problem.isPresent()) {
            return VerifoneAnswer.invalid(problem.get());
        }
        return VerifoneAnswer.ok(Jsonp.createObjectBuilder()
                .add(RequestValidation.THREADS_CONTRACT_ID, body.text(RequestValidation.THREADS_CONTRACT_ID).orElseThrow())
                .add("jwt", tokens.forSetup(now))
                .build());
    }

    /**
     * [P] Verifone's check of a {@code payments.validated} JWT: signed by this simulator, unexpired, and
     * issued for the contract given; answers its payload, else 400 with {@code error_no} (G-V14).
     */
    VerifoneAnswer jwtValidate(RequestBody body, Instant now) {
        Optional<String> problem = RequestValidation.jwtValidate(body);
        if (problem.isPresent()) {
            return VerifoneAnswer.invalid(problem.get());
        }
        return tokens.validated(body.text("jwt").orElseThrow(),
                        body.text(RequestValidation.THREEDS_CONTRACT_ID).orElseThrow(), now)
                .map(payload -> VerifoneAnswer.ok(Jsonp.createObjectBuilder().add("error_no", "0")
                        .add("payload", payload).build()))
                .orElseGet(() -> VerifoneAnswer.badRequest(VerifoneAnswer.INVALID_JWT,
                        "the JWT is not a validated result of this contract, or has expired"));
    }

    /** The issuer's answer: final, or {@code pares_status C} with the challenge kept for the ACS page. */
    VerifoneAnswer lookup(RequestBody body, URI base, Instant now) {
        Optional<String> problem = RequestValidation.lookup(body);
        if (problem.isPresent()) {
            return VerifoneAnswer.invalid(problem.get());
        }
        String alias = body.text(RequestValidation.PUBLIC_KEY_ALIAS).orElseThrow();
        if (!cardCapture.knows(alias)) {
            return VerifoneAnswer.invalid(RequestValidation.PUBLIC_KEY_ALIAS + " is unknown");
        }
        if (memory.session(body.text(RequestValidation.DEVICE_INFO_ID).orElseThrow()).isEmpty()) {
            return VerifoneAnswer.badRequest(VerifoneAnswer.UNKNOWN_SESSION,
                    RequestValidation.DEVICE_INFO_ID + " is not a Songbird session");
        }
        Optional<CardDetails> card = cardCapture.decrypt(alias, body.text(RequestValidation.ENCRYPTED_CARD).orElseThrow());
        if (card.isEmpty()) {
            return VerifoneAnswer.invalid(RequestValidation.ENCRYPTED_CARD + " cannot be decrypted");
        }
        VerifoneScenario scenario = VerifoneScenario.of(card.get().cardNumber());
        if (scenario == VerifoneScenario.TIME_OUT) {
            pause(timeOutDelayMs);
        }
        CardBrand brand = card.get().cardNumber().brand();
        LookupOutcome outcome = Issuer.lookup(scenario, brand);
        String transactionId = Identifiers.transactionId();
        JsonObjectBuilder response = Jsonp.createObjectBuilder()
                .add("transaction_id", transactionId)
                .add("authentication_id", Identifiers.uuid())
                .add("order_id", Identifiers.orderId())
                .add("enrolled", outcome.enrolled())
                .add("pares_status", outcome.paresStatus())
                .add("challenge_required", outcome.challengeRequired() ? "Y" : "N")
                .add("signature_verification", outcome.signatureVerification())
                .add("eci_flag", outcome.eciFlag());
        if (outcome.cavv() != null) {
            response.add("cavv", outcome.cavv());
        }
        if (outcome.challengeRequired()) {
            ChallengeRequest creq = new ChallengeRequest(Identifiers.uuid(), Identifiers.uuid());
            Challenge challenge = new Challenge(transactionId, scenario, brand, card.get().cardNumber().lastFourOnly(),
                    RequestValidation.amount(body),
                    RequestValidation.numericCurrency(body.text(RequestValidation.CURRENCY_CODE).orElseThrow()).orElseThrow(),
                    creq.acsTransId(), Identifiers.uuid(), body.text(RequestValidation.THREEDS_CONTRACT_ID).orElseThrow(), null);
            memory.add(challenge);
            response.add("acs_url", base.resolve(AcsResource.PATH).toString())
                    .add("payload", creq.payload())
                    .add("acs_transaction_id", creq.acsTransId())
                    .add("ds_transaction_id", challenge.dsTransactionId());
        } else if (outcome.authenticationAttempted()) {
            response.add("ds_transaction_id", Identifiers.uuid());
        }
        return VerifoneAnswer.ok(response
                .add("card_brand", cardBrand(brand))
                .add("threads_version", THREADS_VERSION)
                .add("error_no", outcome.errorNo())
                .add("error_desc", outcome.errorDesc())
                .build());
    }

    /** The lookup's spelling (G-V9): {@code Visa}, {@code Mastercard}; {@code Unknown} for another scheme. */
    static String cardBrand(CardBrand brand) {
        return switch (brand) {
            case VISA -> "Visa";
            case MASTERCARD -> "Mastercard";
            case OTHER -> "Unknown";
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
