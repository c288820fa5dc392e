package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.Authorized;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.EvidencePolicy;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderErrors;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.SdkPage;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.provider.verifone.VerifoneWire.JwtAnswer;
import io.threeds.gateway.provider.verifone.VerifoneWire.JwtCreate;
import io.threeds.gateway.provider.verifone.VerifoneWire.JwtValidate;
import io.threeds.gateway.provider.verifone.VerifoneWire.JwtValidation;
import io.threeds.gateway.provider.verifone.VerifoneWire.Lookup;
import io.threeds.gateway.provider.verifone.VerifoneWire.LookupAnswer;
import io.threeds.gateway.provider.verifone.VerifoneWire.Payment;
import io.threeds.gateway.provider.verifone.VerifoneWire.PaymentAnswer;
import io.threeds.gateway.provider.verifone.VerifoneWire.Validated;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The verifone provider: Songbird JWT, lookup, Cardinal.continue challenge, verified result, payment. */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VerifoneProvider implements ThreeDSProvider {
    static final String ID = "verifone";
    /** What of verifone's messages may be kept as evidence; any other field is withheld. */
    static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "status", "reason_code", "approval_code", "auth_code", "auth_type", "capture_now",
            "amount", "currency_code", "merchant_reference", "order_id", "payment_provider_contract",
            "threeds_contract_id", "card_brand", "enrolled", "pares_status", "paresstatus", "signature_verification",
            "signatureverification", "eci_flag", "ECIFlag", "ds_transaction_id", "acs_transaction_id",
            "transaction_id", "TransactionId", "ProcessorTransactionId", "threeds_version", "ThreeDSVersion",
            "threeDSVersion", "acs_url", "AcsUrl", "xid", "ActionCode", "ErrorNumber", "ErrorDescription", "error_no",
            "error_desc", "Success", "public_key_alias", "alias", "device_info_id", "sessionId", "authentication_id",
            "created_at")
            .maskingCardNumbersIn("masked_card_number");

    @Inject
    @RestClient
    VerifoneClient client;

    @Inject
    VerifoneCalls calls;

    @Inject
    CaptureKey captureKey;

    @Inject
    @ConfigProperty(name = "verifone.contract-id", defaultValue = "3ds-contract-sandbox")
    String contractId;

    @Inject
    @ConfigProperty(name = "verifone.api-user", defaultValue = "sandbox-user")
    String user;

    @Inject
    @ConfigProperty(name = "verifone.api-key", defaultValue = "sandbox-verifone-key")
    String apiKey;


    /** Cardinal's API identifier, the {@code iss} of the results it signs for this merchant. */
    @Inject
    @ConfigProperty(name = "verifone.jwt-issuer", defaultValue = "65d3f0b2a1c4e5d6f7a8b9c0")
    String jwtIssuer;

    @Inject
    @ConfigProperty(name = "verifone.songbird-url")
    String songbirdUrl;

    @Inject
    @ConfigProperty(name = "verifone.payment-provider-contract", defaultValue = "d1f0f6ab-1d40-44ae-b16b-8f09fe6fd77f")
    String paymentContract;

    @Override
    public String id() {
        return ID;
    }

    /** verifone.js output, encrypted in the shopper's browser for the capture key: the gateway never sees the number. */
    @Override
    public boolean takesEncryptedCard() {
        return true;
    }

    /** An encrypted card must be for the key verifone will decrypt it with. */
    @Override
    public List<Violation> check(NewAuthentication request) {
        EncryptedCard encrypted = request.card().encrypted();
        if (encrypted != null && !encrypted.publicKeyAlias().equals(captureKey.alias())) {
            return List.of(new Violation("card.publicKeyAlias",
                    "is not verifone's secure card capture key alias " + captureKey.alias()));
        }
        return List.of();
    }

    /** The lookup comes after Songbird's setup in the browser, and the payment after the authentication. */
    @Override
    public boolean needsCardLater() {
        return true;
    }

    /** Every verifone step runs in Songbird, on the hosted page. */
    @Override
    public Optional<SdkPage> sdkPage(BrowserAction action, HostedPageUrls urls) {
        return Optional.of(SongbirdPage.of(URI.create(songbirdUrl), action, urls));
    }

    @Override
    public ProviderResult start(StartRequest start) {
        Answer<JwtAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "jwtCreate", new JwtCreate(contractId),
                JwtAnswer.class, body -> calls.send(() -> ProviderErrors.reply(client.createJwt(basic(), body))));
        return withExchange(VerifoneWire.sdkSetup(answer.body(), songbirdUrl, start.request().card().number()),
                answer);
    }

    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        NewAuthentication request = session.request();
        if (request == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "the request verifone needs again is no longer held", null, null);
        }
        String step = session.refs().get(VerifoneWire.STEP);
        if (VerifoneWire.SDK.equals(step) && browser.get("sessionId") != null) {
            Lookup lookup = VerifoneWire.lookup(request, encrypted(request.card()), keyAlias(request.card()),
                    browser.get("sessionId"), contractId);
            Answer<LookupAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "lookup", lookup, LookupAnswer.class,
                    body -> calls.send(() -> ProviderErrors.reply(client.lookup(basic(), body))));
            ProviderResult looked = VerifoneWire.lookedUp(answer.body(), session.cardBrand());
            return new ProviderResult(looked.result(), looked.browserAction(), merged(session, looked),
                    null, List.of(answer.exchange()), looked.card());
        }
        if (VerifoneWire.CHALLENGE.equals(step) && browser.get("jwt") != null && !browser.get("jwt").isEmpty()) {
            Validated payload = VerifoneWire.validatedPayload(validate(browser.get("jwt")));
            SongbirdClaims.check(browser.get("jwt"), contractId, jwtIssuer, Instant.now());
            ThreeDSResult result = VerifoneWire.validated(payload, session.refs(), session.cardBrand());
            Map<String, String> refs = new LinkedHashMap<>(session.refs());
            refs.remove(VerifoneWire.STEP);
            return new ProviderResult(result, null, refs, null, List.of());
        }
        throw new BrowserRefusedException("not the result of the pending verifone step");
    }

    @Override
    public Authorized authorize(AuthorizationRequest request) {
        Payment payment = VerifoneWire.payment(request, encrypted(request.card()), keyAlias(request.card()),
                paymentContract);
        Answer<PaymentAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "payment", payment, PaymentAnswer.class,
                body -> calls.send(() -> ProviderErrors.reply(client.pay(basic(), body))));
        return new Authorized(VerifoneWire.paid(answer.body(), request), List.of(answer.exchange()),
                VerifoneWire.paidCard(answer.body()));
    }

    /** Verifone's own check of the JWT; its refusal (HTTP 400) is a forged or stale result, not an outage. */
    private JwtValidation validate(String jwt) {
        try {
            return ProviderHttp.send(ID, EVIDENCE, "jwtValidate", new JwtValidate(contractId, jwt),
                    JwtValidation.class,
                    body -> calls.send(() -> ProviderErrors.reply(client.validateJwt(basic(), body)))).body();
        } catch (ProviderException e) {
            if (Integer.valueOf(400).equals(e.httpStatus())) {
                throw new BrowserRefusedException("verifone did not validate the result's JWT");
            }
            throw e;
        }
    }

    /** The merchant's client-side encrypted card as it came, or a plain card encrypted here as verifone.js would. */
    private String encrypted(Card card) {
        return card.isEncrypted() ? card.encrypted().blob() : CardEncryption.encrypt(card, captureKey.armoured());
    }

    private String keyAlias(Card card) {
        return card.isEncrypted() ? card.encrypted().publicKeyAlias() : captureKey.alias();
    }

    private static Map<String, String> merged(ProviderSession session, ProviderResult looked) {
        Map<String, String> refs = new LinkedHashMap<>(session.refs());
        refs.remove(VerifoneWire.STEP);
        refs.putAll(looked.refs());
        return refs;
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    private static ProviderResult withExchange(ProviderResult mapped, Answer<?> answer) {
        return new ProviderResult(mapped.result(), mapped.browserAction(), mapped.refs(), mapped.authorization(),
                List.of(answer.exchange()));
    }
}
