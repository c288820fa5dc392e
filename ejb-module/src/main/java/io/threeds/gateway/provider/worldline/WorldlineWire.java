package io.threeds.gateway.provider.worldline;

import static io.threeds.gateway.provider.WireValues.addIfPresent;
import static io.threeds.gateway.provider.WireValues.object;
import static io.threeds.gateway.provider.WireValues.putIfPresent;
import static io.threeds.gateway.provider.WireValues.text;

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
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Worldline's wire format (PROVIDERS.md §5.3, §5.4) and the pure translation to and from the
 * normalised model (§7.8.5, §7.9.5). No I/O here: unit-tested against the seed's own examples.
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

    /** Create Payment with the new (not the old) object definitions only: Worldline refuses a mix. */
    public static JsonObject createPayment(NewAuthentication request, String returnUrl) {
        Card card = request.card();
        JsonObjectBuilder cardJson = Json.createObjectBuilder()
                .add("cardNumber", card.number())
                .add("expiryDate", card.expiryMmYy())
                .add("cardholderName", card.holderName());
        if (card.securityCode() != null) {
            cardJson.add("cvv", card.securityCode());
        }
        JsonObjectBuilder threeDSecure = Json.createObjectBuilder()
                .add("challengeIndicator", CHALLENGE_INDICATORS.getOrDefault(
                        request.challengePreference(), "no-preference"))
                .add("challengeCanvasSize", "600x400")
                .add("authenticationFlow", "browser")
                .add("redirectionData", Json.createObjectBuilder().add("returnUrl", returnUrl));
        JsonObjectBuilder customer = Json.createObjectBuilder()
                .add("accountType", "none")
                .add("device", device(request.browser()));
        if (request.billing() != null) {
            customer.add("billingAddress", billing(request.billing()));
        }
        if (request.customer() != null) {
            customer.add("contactDetails", contact(request.customer()));
        }
        return Json.createObjectBuilder()
                .add("cardPaymentMethodSpecificInput", Json.createObjectBuilder()
                        .add("card", cardJson)
                        .add("isRecurring", false)
                        .add("paymentProductId", paymentProductId(card.brand()).orElseThrow(
                                () -> new IllegalArgumentException("worldline has no payment product for " + card.brand())))
                        .add("transactionChannel", "ECOMMERCE")
                        .add("threeDSecure", threeDSecure))
                .add("order", Json.createObjectBuilder()
                        .add("amountOfMoney", Json.createObjectBuilder()
                                .add("currencyCode", request.amount().currency())
                                .add("amount", request.amount().value()))
                        .add("customer", customer)
                        .add("references", Json.createObjectBuilder()
                                .add("merchantReference", request.merchantReference())))
                .build();
    }

    /**
     * Maps a Create Payment answer (201 body, or the {@code paymentResult} of a 402) or a Get Payment
     * answer. {@code afterRedirect}: the shopper went through Worldline's pages, so the flow was a
     * challenge (or 3DS1) whatever the payment says.
     */
    public static ProviderResult map(JsonObject payment, JsonObject merchantAction, String brand,
                                     boolean afterRedirect) {
        JsonObject statusOutput = object(payment, "statusOutput");
        JsonObject cardOutput = object(object(payment, "paymentOutput"), "cardPaymentMethodSpecificOutput");
        JsonObject results = object(cardOutput, "threeDSecureResults");
        JsonObject data = object(results, "threeDSecureData");
        String threeDSecureStatus = text(statusOutput, "threeDSecureStatus");
        String eci = Eci.normalize(text(results, "eci"));
        boolean redirect = "REDIRECT".equals(text(merchantAction, "actionType"));
        boolean rejected = "REJECTED".equals(text(payment, "status"));
        String version = text(results, "threeDSecureVersion");
        boolean v2Data = version != null || text(results, "directoryServerTransactionId") != null;

        TransStatus status;
        String reason = null;
        if (redirect) {
            status = TransStatus.C;
        } else if (rejected && "INVALID_PARES_OR_NOT_COMPLETED".equals(threeDSecureStatus)) {
            status = hasError(payment, "REJECTED_BY_ISSUER") ? TransStatus.R
                    : hasError(payment, "CANCELLED_BY_CONSUMER") ? TransStatus.U : TransStatus.N;
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
        String xid = text(results, "xid");
        Flow flow;
        if (redirect || afterRedirect) {
            flow = xid != null && !v2Data ? Flow.THREEDS1 : Flow.CHALLENGE;
        } else if ("challenged".equals(text(data, "method"))) {
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
                text(results, "cavv"), xid, text(results, "directoryServerTransactionId"),
                text(data, "acsTransactionId"), text(results, "threeDServerTransactionId"), version, enrolled,
                null, flow, cardholderInfo(merchantAction), liability, RecommendedAction.forStatus(status, false));

        BrowserAction action = null;
        Map<String, String> refs = new LinkedHashMap<>();
        putIfPresent(refs, REF_PAYMENT_ID, text(payment, "id"));
        putIfPresent(refs, "threeDSecureData.utcTimestamp", text(data, "utcTimestamp"));
        putIfPresent(refs, "schemeTransactionId", text(cardOutput, "schemeTransactionId"));
        putIfPresent(refs, "initialSchemeTransactionId", text(cardOutput, "initialSchemeTransactionId"));
        if (redirect) {
            JsonObject redirectData = object(merchantAction, "redirectData");
            putIfPresent(refs, REF_RETURNMAC, text(redirectData, "RETURNMAC"));
            action = new BrowserAction("CHALLENGE", "GET", text(redirectData, "redirectURL"), Map.of(),
                    "TOP_WINDOW", null);
        }
        return new ProviderResult(result, action, refs, authorization(payment, statusOutput), List.of());
    }

    /**
     * Worldline has no transStatus. A rejected payment is N unless its error says otherwise: the
     * simulator marks an issuer rejection (R) with {@code 430330 REJECTED_BY_ISSUER} and a cancelled
     * challenge (U) with {@code 430285 CANCELLED_BY_CONSUMER} (sandbox-module's worldline package-info).
     */
    private static boolean hasError(JsonObject payment, String message) {
        JsonArray errors = object(payment, "statusOutput").getJsonArray("errors");
        return errors != null && errors.stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> message.equals(text(e, "message")));
    }

    private static AuthorizationResult authorization(JsonObject payment, JsonObject statusOutput) {
        String status = text(payment, "status");
        boolean authorized = statusOutput.getBoolean("isAuthorized", false);
        String outcome = authorized ? "AUTHORIZED" : "REJECTED".equals(status) ? "DECLINED" : null;
        if (outcome == null) {
            return null;
        }
        JsonObject paymentOutput = object(payment, "paymentOutput");
        JsonObject money = object(paymentOutput, "amountOfMoney");
        JsonObject cardOutput = object(paymentOutput, "cardPaymentMethodSpecificOutput");
        JsonValue code = statusOutput.get("statusCode");
        return new AuthorizationResult(outcome, text(payment, "id"), text(cardOutput, "authorisationCode"),
                code == null ? null : code.toString(), money.getJsonNumber("amount") == null ? 0
                        : money.getJsonNumber("amount").longValue(), text(money, "currencyCode"), null);
    }

    private static String cardholderInfo(JsonObject merchantAction) {
        JsonArray showData = merchantAction.getJsonArray("showData");
        if (showData == null) {
            return null;
        }
        return showData.stream().map(JsonValue::asJsonObject)
                .filter(entry -> "CARDHOLDERINFO".equals(text(entry, "key")))
                .map(entry -> text(entry, "value")).findFirst().orElse(null);
    }

    private static JsonObject device(BrowserInfo browser) {
        JsonObjectBuilder browserData = Json.createObjectBuilder()
                .add("colorDepth", browser.colorDepth())
                .add("javaEnabled", Boolean.TRUE.equals(browser.javaEnabled()))
                .add("screenHeight", String.valueOf(browser.screenHeight()))
                .add("screenWidth", String.valueOf(browser.screenWidth()));
        if (browser.javascriptEnabled() != null) {
            browserData.add("javaScriptEnabled", browser.javascriptEnabled());
        }
        return Json.createObjectBuilder()
                .add("acceptHeader", browser.acceptHeader())
                .add("browserData", browserData)
                .add("ipAddress", browser.ipAddress())
                .add("locale", browser.language())
                .add("userAgent", browser.userAgent())
                .add("timezoneOffsetUtcMinutes", String.valueOf(browser.timeZoneOffsetMinutes()))
                .build();
    }

    private static JsonObject billing(Billing billing) {
        JsonObjectBuilder address = Json.createObjectBuilder();
        addIfPresent(address, "street", billing.line1());
        addIfPresent(address, "additionalInfo", billing.line2());
        addIfPresent(address, "city", billing.city());
        addIfPresent(address, "zip", billing.postalCode());
        addIfPresent(address, "stateCode", billing.state());
        addIfPresent(address, "countryCode", billing.country());
        return address.build();
    }

    private static JsonObject contact(Customer customer) {
        JsonObjectBuilder contact = Json.createObjectBuilder();
        addIfPresent(contact, "emailAddress", customer.email());
        addIfPresent(contact, "phoneNumber", customer.phone());
        return contact.build();
    }

    /** The card's {@code paymentProductId}, if Worldline has one for its brand ({@link #PAYMENT_PRODUCTS}). */
    public static Optional<Integer> paymentProductId(CardBrand brand) {
        return Optional.ofNullable(PAYMENT_PRODUCTS.get(brand));
    }
}
