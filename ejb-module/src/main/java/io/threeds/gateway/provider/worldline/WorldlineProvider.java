package io.threeds.gateway.provider.worldline;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.EvidencePolicy;
import io.threeds.gateway.provider.ProviderExchange;
import io.threeds.gateway.provider.ProviderErrors;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.provider.worldline.WorldlineWire.CreatePayment;
import io.threeds.gateway.provider.worldline.WorldlineWire.CreatePaymentAnswer;
import io.threeds.gateway.provider.worldline.WorldlineWire.Payment;
import io.threeds.gateway.provider.worldline.WorldlineWire.PaymentResult;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The worldline provider: Create Payment, then after a redirect Get Payment. */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorldlineProvider implements ThreeDSProvider {
    static final String ID = "worldline";
    /** What of worldline's messages may be kept as evidence; any other field is withheld. */
    static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "status", "statusCode", "isAuthorized", "paymentProductId", "amount", "currencyCode",
            "merchantReference", "returnUrl", "redirectURL", "authenticationFlow", "challengeIndicator",
            "challengeCanvasSize", "eci", "xid", "directoryServerTransactionId", "acsTransactionId",
            "threeDServerTransactionId", "threeDSecureVersion", "schemeTransactionId", "authorisationCode",
            "transactionChannel", "countryCode", "locale", "colorDepth", "screenHeight", "screenWidth",
            "timezoneOffsetUtcMinutes", "userAgent", "utcTimestamp", "actionType", "method", "code", "errorCode",
            "httpStatusCode", "propertyName", "message", "errorId", "category", "accountType", "isRecurring")
            .maskingCardNumbersIn("cardNumber");

    @Inject
    @RestClient
    WorldlineClient client;

    @Inject
    WorldlineCalls calls;

    @Inject
    @ConfigProperty(name = "worldline.merchant-id", defaultValue = "70417")
    String merchantId;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(NewAuthentication request) {
        List<Violation> missing = new ArrayList<>();
        Card card = request.card();
        if (card.number() != null && WorldlineWire.paymentProductId(card.brand()).isEmpty()) {
            missing.add(new Violation("card.number", "is a card brand provider worldline has no payment product "
                    + "for (it takes Visa, Mastercard, American Express, Maestro, JCB, Discover and Diners Club)"));
        }
        if (card.holderName() == null) {
            missing.add(new Violation("card.holderName", "is required by provider worldline"));
        }
        BrowserInfo browser = request.browser();
        if (browser == null) {
            missing.add(new Violation("browser", "is required by provider worldline (browser flow)"));
            return missing;
        }
        requireBrowser(missing, "acceptHeader", browser.acceptHeader());
        requireBrowser(missing, "userAgent", browser.userAgent());
        requireBrowser(missing, "ipAddress", browser.ipAddress());
        requireBrowser(missing, "language", browser.language());
        requireBrowser(missing, "colorDepth", browser.colorDepth());
        requireBrowser(missing, "screenHeight", browser.screenHeight());
        requireBrowser(missing, "screenWidth", browser.screenWidth());
        requireBrowser(missing, "timeZoneOffsetMinutes", browser.timeZoneOffsetMinutes());
        return missing;
    }

    @Override
    public ProviderResult start(StartRequest start) {
        CreatePayment body = WorldlineWire.createPayment(start.request(), start.urls().returnUrl());
        Answer<CreatePaymentAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "createPayment", body,
                CreatePaymentAnswer.class,
                json -> calls.send(() -> ProviderErrors.reply(client.createPayment(merchantId, json))));
        PaymentResult payment = answer.body().result(answer.status());
        if (payment == null) {
            throw answer.unusable("402 without paymentResult");
        }
        if (payment.payment() == null) {
            throw answer.unusable("answer without a payment");
        }
        ProviderResult mapped = WorldlineWire.map(payment.payment(), payment.merchantAction(),
                start.request().card().brand().name(), false);
        return withExchange(mapped, answer.exchange());
    }

    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        String expectedMac = session.refs().get(WorldlineWire.REF_RETURNMAC);
        String paymentId = session.refs().get(WorldlineWire.REF_PAYMENT_ID);
        if (expectedMac == null || browser.get("RETURNMAC") == null
                || !MessageDigest.isEqual(expectedMac.getBytes(StandardCharsets.UTF_8),
                        browser.get("RETURNMAC").getBytes(StandardCharsets.UTF_8))) {
            throw new BrowserRefusedException("RETURNMAC does not match the payment");
        }
        if (browser.get("paymentId") != null && !browser.get("paymentId").equals(paymentId)) {
            throw new BrowserRefusedException("paymentId does not match the authentication");
        }
        Answer<Payment> answer = ProviderHttp.get(ID, EVIDENCE, "getPayment", Payment.class,
                () -> calls.send(() -> ProviderErrors.reply(client.getPayment(merchantId, paymentId))));
        ProviderResult mapped = WorldlineWire.map(answer.body(), null, session.cardBrand(), true);
        if (mapped.awaitsBrowser() || mapped.result().transStatus() == TransStatus.C) {
            throw answer.unusable("payment still waits for the shopper after the return");
        }
        return withExchange(mapped, answer.exchange());
    }

    private static ProviderResult withExchange(ProviderResult mapped, ProviderExchange exchange) {
        return new ProviderResult(mapped.result(), mapped.browserAction(), mapped.refs(), mapped.authorization(),
                List.of(exchange));
    }

    private static void requireBrowser(List<Violation> missing, String field, Object value) {
        if (value == null) {
            missing.add(new Violation("browser." + field, "is required by provider worldline (browser flow)"));
        }
    }
}
