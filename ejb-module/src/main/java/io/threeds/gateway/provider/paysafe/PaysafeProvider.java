package io.threeds.gateway.provider.paysafe;

import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.Authorized;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.EvidencePolicy;
import io.threeds.gateway.provider.ProviderErrors;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.provider.paysafe.PaysafeWire.AuthenticationAnswer;
import io.threeds.gateway.provider.paysafe.PaysafeWire.EnrollmentAnswer;
import io.threeds.gateway.provider.paysafe.PaysafeWire.PaymentAnswer;
import io.threeds.gateway.provider.paysafe.PaysafeWire.Validation;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The paysafe provider: enrollment check, ACS, PaRes validation, Card Payments authorisation. */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaysafeProvider implements ThreeDSProvider {
    static final String ID = "paysafe";
    /** What of paysafe's messages may be kept as evidence; any other field is withheld. */
    static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "merchantRefNum", "amount", "currency", "status", "threeDEnrollment", "threeDResult",
            "eci", "xid", "signatureStatus", "authCode", "acsURL", "enrollmentId", "paysafeAuthenticationId",
            "settleWithAuth", "code", "message", "merchantUrl", "txnTime", "userAgent", "acceptHeader")
            .maskingCardNumbersIn("cardNum");
    /** A PaRes is at most 65536 characters (the seed's limit on {@code paRes}). */
    private static final int MAX_PARES = 65536;

    @Inject
    @RestClient
    PaysafeClient client;

    @Inject
    PaysafeCalls calls;

    @Inject
    @ConfigProperty(name = "paysafe.account-id", defaultValue = "89987201")
    String account;

    @Inject
    @ConfigProperty(name = "paysafe.api-user", defaultValue = "sandbox-user")
    String user;

    @Inject
    @ConfigProperty(name = "paysafe.api-password", defaultValue = "sandbox-password")
    String password;

    @Inject
    @ConfigProperty(name = "threeds.public-base-url")
    String publicBaseUrl;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(NewAuthentication request) {
        List<Violation> missing = new ArrayList<>();
        BrowserInfo browser = request.browser();
        if (browser == null || browser.ipAddress() == null) {
            missing.add(new Violation("browser.ipAddress", "is required by provider paysafe"));
        }
        if (browser == null || browser.userAgent() == null) {
            missing.add(new Violation("browser.userAgent", "is required by provider paysafe"));
        }
        if (browser == null || browser.acceptHeader() == null) {
            missing.add(new Violation("browser.acceptHeader", "is required by provider paysafe"));
        }
        return missing;
    }

    /** The card is needed again for the Card Payments authorisation. */
    @Override
    public boolean needsCardLater() {
        return true;
    }

    @Override
    public ProviderResult start(StartRequest start) {
        Answer<EnrollmentAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "enrollmentCheck",
                PaysafeWire.enrollmentCheck(start.authenticationId() + "-enrollment", start.request(), publicBaseUrl),
                EnrollmentAnswer.class,
                body -> calls.send(() -> ProviderErrors.reply(client.checkEnrollment(account, basic(), body))));
        if (answer.body().id() == null) {
            throw answer.unusable("enrollment check answer without an id");
        }
        PaysafeWire.Enrollment enrollment = PaysafeWire.enrollment(answer.body(),
                start.urls().challengeComplete(), start.authenticationId(),
                start.request().card().brand().name());
        return new ProviderResult(enrollment.result(), enrollment.acs(), enrollment.refs(), null,
                List.of(answer.exchange()));
    }

    /** The ACS posted {@code PaRes} and {@code MD} to TermUrl: validate the PaRes with Paysafe. */
    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        String paRes = browser.get("PaRes");
        if (!session.authenticationId().equals(browser.get("MD"))) {
            throw new BrowserRefusedException("MD does not belong to this authentication");
        }
        if (paRes == null || paRes.isBlank() || paRes.length() > MAX_PARES) {
            throw new BrowserRefusedException("no usable PaRes");
        }
        String enrollmentId = session.refs().get(PaysafeWire.REF_ENROLLMENT_ID);
        // A form decoder may have turned the base64 '+' into spaces on the way (PROVIDERS.md G-P6).
        Validation validation = new Validation(session.authenticationId() + "-authentication",
                paRes.replace(' ', '+'));
        Answer<AuthenticationAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "validatePaRes", validation,
                AuthenticationAnswer.class,
                body -> calls.send(() -> ProviderErrors.reply(client.validate(account, enrollmentId, basic(), body))));
        ThreeDSResult result = PaysafeWire.result(answer.body(), session.cardBrand());
        Map<String, String> refs = new LinkedHashMap<>();
        String authenticationId = answer.body().id();
        if (authenticationId != null) {
            refs.put(PaysafeWire.REF_AUTHENTICATION_ID, authenticationId);
        }
        return new ProviderResult(result, null, refs, null, List.of(answer.exchange()));
    }

    @Override
    public Authorized authorize(AuthorizationRequest request) {
        Answer<PaymentAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "authorize",
                PaysafeWire.authorization(request.authenticationId() + "-payment", request), PaymentAnswer.class,
                body -> calls.send(() -> ProviderErrors.reply(client.authorize(account, basic(), body))));
        return new Authorized(PaysafeWire.authorized(answer.status(), answer.body(), request),
                List.of(answer.exchange()), null);
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
