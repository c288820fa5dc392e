package io.threeds.gateway.provider.worldline;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.CardBrand;
import io.threeds.gateway.emv.Eci;
import io.threeds.gateway.emv.EciClass;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.Customer;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Worldline's wire format (PROVIDERS.md §5.3, §5.4) as records, and the pure translation to and from
 * the normalised model (§7.8.5, §7.9.5). No I/O here: unit-tested against the seed's own examples.
 */
public final class WorldlineWire {
    public static final String REF_PAYMENT_ID = "paymentId";
    public static final String REF_RETURNMAC = "RETURNMAC";
    private static final Set<String> LIABILITY_ECIS = Set.of("01", "02", "05", "06");
    /**
     * Worldline's payment products by card brand. Only Visa's {@code 1} is in the seed (004:203, 004:265);
     * the others are Worldline Connect's published product ids [X], to confirm against the account's
     * configured products. A brand without one is refused ({@code check}), never sent as another brand.
     */
    private static final Map<CardBrand, Integer> PAYMENT_PRODUCTS = Map.of(
            CardBrand.VISA, 1,
            CardBrand.AMEX, 2,
            CardBrand.MASTERCARD, 3,
            CardBrand.MAESTRO, 117,
            CardBrand.JCB, 125,
            CardBrand.DISCOVER, 128,
            CardBrand.DINERS, 132);
    private static final Map<String, String> CHALLENGE_INDICATORS = Map.of(
            "NO_PREFERENCE", "no-preference",
            "NO_CHALLENGE_REQUESTED", "no-challenge-requested",
            "CHALLENGE_REQUESTED", "challenge-requested",
            "CHALLENGE_MANDATED", "challenge-required");

    private WorldlineWire() {
    }

    /** Create Payment (§5.3), with the new (not the old) object definitions only: Worldline refuses a mix. */
    public record CreatePayment(CardPaymentMethodSpecificInput cardPaymentMethodSpecificInput, Order order) {
    }

    public record CardPaymentMethodSpecificInput(CardData card, @JsonbProperty("isRecurring") boolean recurring,
                                                 int paymentProductId, String transactionChannel,
                                                 ThreeDSecure threeDSecure) {
    }

    public record CardData(String cardNumber, String expiryDate, String cardholderName, String cvv) {
    }

    public record ThreeDSecure(String challengeIndicator, String challengeCanvasSize, String authenticationFlow,
                               RedirectionData redirectionData) {
    }

    public record RedirectionData(String returnUrl) {
    }

    public record Order(AmountOfMoney amountOfMoney, OrderCustomer customer, References references) {
    }

    /** An amount in minor units; answers may leave it out. */
    public record AmountOfMoney(String currencyCode, Long amount) {
    }

    public record OrderCustomer(String accountType, Device device, Address billingAddress,
                                ContactDetails contactDetails) {
    }

    /** The shopper's browser; Worldline takes the screen size and time zone offset as strings. */
    public record Device(String acceptHeader, BrowserData browserData, String ipAddress, String locale,
                         String userAgent, String timezoneOffsetUtcMinutes) {
    }

    public record BrowserData(int colorDepth, boolean javaEnabled, String screenHeight, String screenWidth,
                              Boolean javaScriptEnabled) {
    }

    public record Address(String street, String additionalInfo, String city, String zip, String stateCode,
                          String countryCode) {
    }

    public record ContactDetails(String emailAddress, String phoneNumber) {
    }

    public record References(String merchantReference) {
    }

    /**
     * Create Payment's answer (§5.4): a 201 is the payment and the merchant's next action; a 402 (a
     * rejected payment) carries them in its {@code paymentResult}.
     */
    public record CreatePaymentAnswer(Payment payment, MerchantAction merchantAction, PaymentResult paymentResult) {
        public PaymentResult result(int httpStatus) {
            return httpStatus == 402 ? paymentResult : new PaymentResult(payment, merchantAction);
        }
    }

    public record PaymentResult(Payment payment, MerchantAction merchantAction) {
    }

    /** A payment, as Create Payment's answer holds it and Get Payment answers it. */
    public record Payment(String id, String status, StatusOutput statusOutput, PaymentOutput paymentOutput) {
    }

    public record StatusOutput(String threeDSecureStatus, Boolean isAuthorized, String statusCode,
                               List<StatusError> errors) {
    }

    public record StatusError(String code, String message) {
    }

    public record PaymentOutput(AmountOfMoney amountOfMoney,
                                CardPaymentMethodSpecificOutput cardPaymentMethodSpecificOutput) {
    }

    public record CardPaymentMethodSpecificOutput(String authorisationCode, String schemeTransactionId,
                                                  String initialSchemeTransactionId,
                                                  ThreeDSecureResults threeDSecureResults) {
    }

    public record ThreeDSecureResults(String eci, String cavv, String xid, String directoryServerTransactionId,
                                      String threeDServerTransactionId, String threeDSecureVersion,
                                      ThreeDSecureData threeDSecureData) {
    }

    public record ThreeDSecureData(String acsTransactionId, String method, String utcTimestamp) {
    }

    public record MerchantAction(String actionType, RedirectData redirectData, List<ShowData> showData) {
    }

    public record RedirectData(@JsonbProperty("RETURNMAC") String returnMac,
                               @JsonbProperty("redirectURL") String redirectUrl) {
    }

    public record ShowData(String key, String value) {
    }

    public static CreatePayment createPayment(NewAuthentication request, String returnUrl) {
        Card card = request.card();
        ThreeDSecure threeDSecure = new ThreeDSecure(
                CHALLENGE_INDICATORS.getOrDefault(request.challengePreference(), "no-preference"), "600x400",
                "browser", new RedirectionData(returnUrl));
        CardPaymentMethodSpecificInput input = new CardPaymentMethodSpecificInput(
                new CardData(card.number(), card.expiryMmYy(), card.holderName(), card.securityCode()), false,
                paymentProductId(card.brand()).orElseThrow(
                        () -> new IllegalArgumentException("worldline has no payment product for " + card.brand())),
                "ECOMMERCE", threeDSecure);
        OrderCustomer customer = new OrderCustomer("none", device(request.browser()), billing(request.billing()),
                contact(request.customer()));
        return new CreatePayment(input, new Order(
                new AmountOfMoney(request.amount().currency(), request.amount().value()), customer,
                new References(request.merchantReference())));
    }

    /**
     * Maps a Create Payment answer (201 body, or the {@code paymentResult} of a 402) or a Get Payment
     * answer ({@code merchantAction} null). {@code afterRedirect}: the shopper went through Worldline's
     * pages, so the flow was a challenge (or 3DS1) whatever the payment says.
     */
    public static ProviderResult map(Payment payment, MerchantAction merchantAction, String brand,
                                     boolean afterRedirect) {
        StatusOutput statusOutput = orEmpty(payment.statusOutput());
        CardPaymentMethodSpecificOutput cardOutput = cardOutput(payment);
        ThreeDSecureResults results = cardOutput.threeDSecureResults() == null
                ? new ThreeDSecureResults(null, null, null, null, null, null, null) : cardOutput.threeDSecureResults();
        ThreeDSecureData data = results.threeDSecureData() == null
                ? new ThreeDSecureData(null, null, null) : results.threeDSecureData();
        String threeDSecureStatus = statusOutput.threeDSecureStatus();
        String eci = Eci.normalize(results.eci());
        boolean redirect = merchantAction != null && "REDIRECT".equals(merchantAction.actionType());
        boolean rejected = "REJECTED".equals(payment.status());
        String version = results.threeDSecureVersion();
        boolean v2Data = version != null || results.directoryServerTransactionId() != null;

        TransStatus status;
        String reason = null;
        if (redirect) {
            status = TransStatus.C;
        } else if (rejected && "INVALID_PARES_OR_NOT_COMPLETED".equals(threeDSecureStatus)) {
            status = hasError(statusOutput, "REJECTED_BY_ISSUER") ? TransStatus.R
                    : hasError(statusOutput, "CANCELLED_BY_CONSUMER") ? TransStatus.U : TransStatus.N;
            reason = threeDSecureStatus;
        } else {
            EciClass eciClass = Eci.classify(eci, brand);
            status = eciClass == EciClass.FULL ? TransStatus.Y
                    : eciClass == EciClass.ATTEMPT ? TransStatus.A : TransStatus.U;
        }
        if (eci == null && (status == TransStatus.N || status == TransStatus.R || status == TransStatus.U)) {
            // Worldline's ECI 7 (0) is "no authentication"; a final result without one is exactly that.
            eci = Eci.none(brand);
        }
        String enrolled = redirect || "ENROLLED".equals(threeDSecureStatus) || v2Data || rejected ? "Y" : null;
        String xid = results.xid();
        Flow flow;
        if (redirect || afterRedirect) {
            flow = xid != null && !v2Data ? Flow.THREEDS1 : Flow.CHALLENGE;
        } else if ("challenged".equals(data.method())) {
            flow = Flow.CHALLENGE;
        } else if (v2Data || rejected) {
            flow = Flow.FRICTIONLESS;
        } else {
            flow = Flow.NOT_APPLICABLE;
        }
        Liability liability = status == TransStatus.C ? new Liability(false, "WORLDLINE_ECI")
                : Liability.decide(status, null, enrolled, eci, brand,
                        eci != null && LIABILITY_ECIS.contains(eci), "WORLDLINE_ECI");
        ThreeDSResult result = new ThreeDSResult(status, reason, StatusSource.PROVIDER_API, eci,
                results.cavv(), xid, results.directoryServerTransactionId(),
                data.acsTransactionId(), results.threeDServerTransactionId(), version, enrolled,
                null, flow, cardholderInfo(merchantAction), liability, RecommendedAction.forStatus(status, false));

        BrowserAction action = null;
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(REF_PAYMENT_ID, payment.id());
        refs.put("threeDSecureData.utcTimestamp", data.utcTimestamp());
        refs.put("schemeTransactionId", cardOutput.schemeTransactionId());
        refs.put("initialSchemeTransactionId", cardOutput.initialSchemeTransactionId());
        if (redirect) {
            RedirectData redirectData = merchantAction.redirectData() == null
                    ? new RedirectData(null, null) : merchantAction.redirectData();
            refs.put(REF_RETURNMAC, redirectData.returnMac());
            action = new BrowserAction("CHALLENGE", "GET", redirectData.redirectUrl(), Map.of(), "TOP_WINDOW",
                    null);
        }
        refs.values().removeIf(Objects::isNull);
        return new ProviderResult(result, action, refs, authorization(payment, statusOutput), List.of());
    }

    /**
     * Worldline has no transStatus. A rejected payment is N unless its error says otherwise: the
     * simulator marks an issuer rejection (R) with {@code 430330 REJECTED_BY_ISSUER} and a cancelled
     * challenge (U) with {@code 430285 CANCELLED_BY_CONSUMER} (sandbox-module's worldline package-info).
     */
    private static boolean hasError(StatusOutput statusOutput, String message) {
        return statusOutput.errors() != null && statusOutput.errors().stream()
                .anyMatch(e -> e != null && message.equals(e.message()));
    }

    private static AuthorizationResult authorization(Payment payment, StatusOutput statusOutput) {
        boolean authorized = Boolean.TRUE.equals(statusOutput.isAuthorized());
        String outcome = authorized ? "AUTHORIZED" : "REJECTED".equals(payment.status()) ? "DECLINED" : null;
        if (outcome == null) {
            return null;
        }
        AmountOfMoney money = payment.paymentOutput() == null || payment.paymentOutput().amountOfMoney() == null
                ? new AmountOfMoney(null, null) : payment.paymentOutput().amountOfMoney();
        return new AuthorizationResult(outcome, payment.id(), cardOutput(payment).authorisationCode(),
                statusOutput.statusCode(), money.amount() == null ? 0 : money.amount(), money.currencyCode(), null);
    }

    private static StatusOutput orEmpty(StatusOutput statusOutput) {
        return statusOutput == null ? new StatusOutput(null, null, null, null) : statusOutput;
    }

    private static CardPaymentMethodSpecificOutput cardOutput(Payment payment) {
        PaymentOutput output = payment.paymentOutput();
        return output == null || output.cardPaymentMethodSpecificOutput() == null
                ? new CardPaymentMethodSpecificOutput(null, null, null, null) : output.cardPaymentMethodSpecificOutput();
    }

    private static String cardholderInfo(MerchantAction merchantAction) {
        if (merchantAction == null || merchantAction.showData() == null) {
            return null;
        }
        return merchantAction.showData().stream()
                .filter(entry -> entry != null && "CARDHOLDERINFO".equals(entry.key()))
                .map(ShowData::value).findFirst().orElse(null);
    }

    private static Device device(BrowserInfo browser) {
        return new Device(browser.acceptHeader(), new BrowserData(browser.colorDepth(),
                Boolean.TRUE.equals(browser.javaEnabled()), String.valueOf(browser.screenHeight()),
                String.valueOf(browser.screenWidth()), browser.javascriptEnabled()), browser.ipAddress(),
                browser.language(), browser.userAgent(), String.valueOf(browser.timeZoneOffsetMinutes()));
    }

    private static Address billing(Billing billing) {
        return billing == null ? null : new Address(billing.line1(), billing.line2(), billing.city(),
                billing.postalCode(), billing.state(), billing.country());
    }

    private static ContactDetails contact(Customer customer) {
        return customer == null ? null : new ContactDetails(customer.email(), customer.phone());
    }

    /** The card's {@code paymentProductId}, if Worldline has one for its brand ({@link #PAYMENT_PRODUCTS}). */
    public static Optional<Integer> paymentProductId(CardBrand brand) {
        return Optional.ofNullable(PAYMENT_PRODUCTS.get(brand));
    }
}
