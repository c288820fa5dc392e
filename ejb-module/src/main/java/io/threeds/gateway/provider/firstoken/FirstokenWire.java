package io.threeds.gateway.provider.firstoken;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Eci;
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
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Firstoken's wire format (PROVIDERS.md §3.3) as records, and the pure translation to the normalised model
 * (§3.5, §7.8.3): setup, device data collection, enroll, step-up, validate and payments.
 *
 * <p>The seed (002) documents setup, enroll and payments only. Every name of the device data
 * collection and of the step-up below is marked: [X] from Cardinal/CyberSource's public payer
 * authentication documents (PROVIDERS.md §3.3.2, §3.4), [P] the gateway's own choice; the simulator
 * follows the same names, so it cannot prove them (review F1, F3).
 */
public final class FirstokenWire {
    static final String REFERENCE_ID = "reference_id";
    static final String TOKEN = "token";
    static final String STEP = "step";
    static final String DEVICE_DATA = "deviceData";
    static final String STEP_UP = "stepUp";
    static final String AUTHENTICATION_TRANSACTION = "authentication_transaction_id";
    static final String VERES = "veres_enrolled";
    static final String ECI_RAW = "eci_raw";
    static final String COMMERCE_INDICATOR = "commerce_indicator";
    static final String ACS_REFERENCE = "acs_reference_number";
    /** How long the hosted page waits for Cardinal's device data collection before enrolling without it. */
    static final int DEVICE_DATA_BUDGET_MS = 10_000;
    private static final Set<String> STATUSES = Set.of("Y", "A", "N", "U", "R");
    private static final Set<String> LIABILITY_ECIS = Set.of("01", "02", "05", "06");

    private FirstokenWire() {
    }

    public record Setup(@JsonbProperty("transaction_info") TransactionInfo transactionInfo, PaymentCard card) {
    }

    /** Enroll (002:168-217); {@code bill_to}, {@code buyer_info} and {@code device_info} as the merchant gave them. */
    public record Enroll(@JsonbProperty("transaction_info") TransactionInfo transactionInfo, PaymentCard card,
                         @JsonbProperty("order_info") OrderInfo orderInfo, @JsonbProperty("bill_to") BillTo billTo,
                         @JsonbProperty("buyer_info") BuyerInfo buyerInfo,
                         @JsonbProperty("device_info") DeviceInfo deviceInfo,
                         EnrollAuthentication authentication) {
    }

    /** Validate (§3.3.4, [X]): the step-up's {@code authentication.transaction_id}. */
    public record Validate(@JsonbProperty("transaction_info") TransactionInfo transactionInfo, PaymentCard card,
                           @JsonbProperty("order_info") OrderInfo orderInfo, ValidateAuthentication authentication) {
    }

    /** {@code /payments} (002:288-331). */
    public record Payment(@JsonbProperty("transaction_info") TransactionInfo transactionInfo, PaymentCard card,
                          @JsonbProperty("order_info") OrderInfo orderInfo, PaymentAuthentication authentication) {
    }

    public record TransactionInfo(String type, @JsonbProperty("reference_code") String referenceCode) {
    }

    public record PaymentCard(String number, @JsonbProperty("expiration_date") String expirationDate) {
        /** Never prints the card number. */
        @Override
        public String toString() {
            return "PaymentCard[" + expirationDate + "]";
        }
    }

    /** {@code installments} on a payment only. */
    public record OrderInfo(@JsonbProperty("amount_details") AmountDetails amountDetails, Integer installments) {
    }

    public record AmountDetails(@JsonbProperty("total_amount") String totalAmount, String currency) {
    }

    public record BillTo(@JsonbProperty("first_name") String firstName, @JsonbProperty("last_name") String lastName,
                         String country, @JsonbProperty("address_1") String address1,
                         @JsonbProperty("address_2") String address2, String city, String state,
                         @JsonbProperty("postal_code") String postalCode, String email,
                         @JsonbProperty("phone_number") String phoneNumber) {
    }

    public record BuyerInfo(@JsonbProperty("mobile_phone") String mobilePhone) {
    }

    public record DeviceInfo(@JsonbProperty("ip_address") String ipAddress,
                             @JsonbProperty("http_browser_color_depth") String colorDepth,
                             @JsonbProperty("http_browser_java_enabled") Boolean javaEnabled,
                             @JsonbProperty("http_browser_js_enabled") Boolean javascriptEnabled,
                             @JsonbProperty("http_browser_screen_height") String screenHeight,
                             @JsonbProperty("http_browser_screen_width") String screenWidth,
                             @JsonbProperty("http_browser_time_offset") String timeOffset,
                             @JsonbProperty("user_agent") String userAgent,
                             @JsonbProperty("http_browser_language") String language) {
    }

    public record EnrollAuthentication(@JsonbProperty("reference_id") String referenceId,
                                       @JsonbProperty("return_url") String returnUrl,
                                       @JsonbProperty("device_channel") String deviceChannel, String mode,
                                       String token) {
    }

    public record ValidateAuthentication(@JsonbProperty("transaction_id") String transactionId) {
    }

    /** The payment's authentication data, named as enroll's answer names them (§3.3.5). */
    public record PaymentAuthentication(String eci, @JsonbProperty(ECI_RAW) String eciRaw, String token,
                                        @JsonbProperty(COMMERCE_INDICATOR) String commerceIndicator,
                                        @JsonbProperty("pares_status") String paresStatus,
                                        @JsonbProperty(VERES) String veresEnrolled,
                                        @JsonbProperty("acs_transaction_id") String acsTransactionId,
                                        @JsonbProperty(AUTHENTICATION_TRANSACTION) String authenticationTransactionId,
                                        String cavv, String xid,
                                        @JsonbProperty("signed_pares_status_reason") String signedParesStatusReason,
                                        String specificationVersion,
                                        @JsonbProperty("tree_dss_server_transaction_id")
                                        String threeDSServerTransactionId,
                                        @JsonbProperty("directory_server_transaction_id") String dsTransactionId,
                                        @JsonbProperty(ACS_REFERENCE) String acsReferenceNumber) {
    }

    /** Every answer's envelope: its {@code status} is not read (G-F9), {@code data} is. */
    public record FirstokenAnswer(Data data) {
        ConsumerAuthInfo auth() {
            return data == null || data.consumerAuthInfo() == null ? ConsumerAuthInfo.NONE : data.consumerAuthInfo();
        }

        TransactionResult transaction() {
            return data == null || data.transactionInfo() == null
                    ? new TransactionResult(null, null, null, null) : data.transactionInfo();
        }
    }

    public record Data(@JsonbProperty("transaction_info") TransactionResult transactionInfo,
                       @JsonbProperty("consumer_auth_info") ConsumerAuthInfo consumerAuthInfo,
                       @JsonbProperty("processor_info") ProcessorInfo processorInfo) {
    }

    /** An answer's {@code transaction_info}; setup spells its id {@code transactionId} (G-F2). */
    public record TransactionResult(@JsonbProperty("transactionId") String camelCaseTransactionId,
                                    @JsonbProperty("transaction_id") String transactionId, String status,
                                    @JsonbProperty("response_code") String responseCode) {
    }

    public record ProcessorInfo(@JsonbProperty("approval_code") String approvalCode) {
    }

    /**
     * {@code consumer_auth_info} of setup, enroll and validate, every documented spelling of the 3DS
     * Server transaction id included (G-F1: {@code tree_dss_}, {@code ree_dss_}, {@code three_ds_}).
     */
    public record ConsumerAuthInfo(@JsonbProperty("access_token") String accessToken,
                                   @JsonbProperty("device_data_collection_url") String deviceDataCollectionUrl,
                                   @JsonbProperty(REFERENCE_ID) String referenceId, String token,
                                   @JsonbProperty("pares_status") String paresStatus,
                                   @JsonbProperty(VERES) String veresEnrolled, String eci,
                                   @JsonbProperty(ECI_RAW) String eciRaw, String cavv, String xid,
                                   @JsonbProperty("directory_server_transaction_id") String dsTransactionId,
                                   @JsonbProperty("acs_transaction_id") String acsTransactionId,
                                   @JsonbProperty("tree_dss_server_transaction_id") String treeDssServerTransactionId,
                                   @JsonbProperty("ree_dss_server_transaction_id") String reeDssServerTransactionId,
                                   @JsonbProperty("three_ds_server_transaction_id") String threeDSServerTransactionId,
                                   String specificationVersion,
                                   @JsonbProperty("signed_pares_status_reason") String signedParesStatusReason,
                                   @JsonbProperty("step_up_url") String stepUpUrl,
                                   @JsonbProperty(AUTHENTICATION_TRANSACTION) String authenticationTransactionId,
                                   @JsonbProperty(COMMERCE_INDICATOR) String commerceIndicator,
                                   @JsonbProperty(ACS_REFERENCE) String acsReferenceNumber) {
        static final ConsumerAuthInfo NONE = new ConsumerAuthInfo(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);

        String serverTransactionId() {
            return treeDssServerTransactionId != null ? treeDssServerTransactionId
                    : reeDssServerTransactionId != null ? reeDssServerTransactionId : threeDSServerTransactionId;
        }
    }

    /** Cardinal's {@code profile.completed} message, as the hosted page relays it [X]. */
    public record ProfileMessage(@JsonbProperty("MessageType") String messageType,
                                 @JsonbProperty("SessionId") String sessionId) {
    }

    public static Setup setup(String referenceCode, Card card) {
        return new Setup(new TransactionInfo("setup", referenceCode), card(card));
    }

    /** Setup's answer: Cardinal's device data collection in a hidden iframe of the hosted page. */
    public static ProviderResult deviceDataCollection(FirstokenAnswer answer, Card card) {
        ConsumerAuthInfo auth = answer.auth();
        String url = auth.deviceDataCollectionUrl();
        String accessToken = auth.accessToken();
        String referenceId = auth.referenceId();
        if (url == null || accessToken == null || referenceId == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "firstoken setup without a device data collection url, token or reference id", 200, null);
        }
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(REFERENCE_ID, referenceId);
        refs.put(TOKEN, auth.token());
        TransactionResult transaction = answer.transaction();
        refs.put("setup_transaction_id", transaction.camelCaseTransactionId() != null
                ? transaction.camelCaseTransactionId() : transaction.transactionId());
        refs.values().removeIf(Objects::isNull);
        refs.put(STEP, DEVICE_DATA);
        // Cardinal's collection form [X]: the setup's access_token as JWT, the card's first 6 to 9 digits as Bin.
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("JWT", accessToken);
        fields.put("Bin", card.number().substring(0, Math.min(9, card.number().length() - 4)));
        BrowserAction action = new BrowserAction("DEVICE_DATA", "POST", url, fields, "HIDDEN_IFRAME", null,
                DEVICE_DATA_BUDGET_MS, true);
        return new ProviderResult(pending(null, ConsumerAuthInfo.NONE), action, refs, null, List.of());
    }

    /**
     * The hosted page relayed Cardinal's {@code profile.completed} for this session, or the budget ran
     * out (enroll then goes on without device data, as Cardinal allows). The message
     * {@code {"MessageType":"profile.completed","SessionId":...}} and its {@code SessionId} being setup's
     * {@code reference_id} are [X]; the seed only says "the session ID obtained in the capture process".
     */
    public static void deviceDataCollected(Map<String, String> refs, BrowserResult browser) {
        if ("true".equals(browser.get("timeout"))) {
            return;
        }
        String message = browser.get("message");
        if (message == null) {
            throw new BrowserRefusedException("not a device data collection result");
        }
        ProfileMessage profile;
        try {
            profile = ProviderJson.read(message, ProfileMessage.class);
        } catch (JsonbException e) {
            throw new BrowserRefusedException("device data collection message does not decode");
        }
        if (!"profile.completed".equals(profile.messageType()) || !refs.get(REFERENCE_ID).equals(profile.sessionId())) {
            throw new BrowserRefusedException("device data collection message for another session");
        }
    }

    public static Enroll enroll(String referenceCode, NewAuthentication request, Map<String, String> refs,
                                String returnUrl) {
        Customer customer = request.customer();
        BillTo billTo = request.billing() != null || customer != null ? billTo(request.billing(), customer) : null;
        // The API has one phone; the seed sends the same number as phone_number and mobile_phone (002:191, 196).
        BuyerInfo buyer = customer != null && customer.phone() != null ? new BuyerInfo(customer.phone()) : null;
        return new Enroll(new TransactionInfo("check_enroll", referenceCode), card(request.card()),
                orderInfo(request.amount().value(), request.amount().currency(), false), billTo, buyer,
                request.browser() == null ? null : deviceInfo(request.browser()),
                new EnrollAuthentication(refs.get(REFERENCE_ID), returnUrl, "Browser", "internet", refs.get(TOKEN)));
    }

    /**
     * Enroll's answer: a frictionless result, no 3-D Secure, or a step-up in a visible iframe. The
     * step-up's {@code pares_status} {@code C} is [X]; its {@code step_up_url}, {@code access_token} and the
     * form fields {@code JWT} and {@code MD} posted there are [X] (Cardinal's step-up), {@code MD} carrying
     * the gateway's authentication id is [P]; {@code authentication_transaction_id} is the seed's (002:240).
     */
    public static ProviderResult enrolled(FirstokenAnswer answer, Map<String, String> known, String authenticationId,
                                          String brand) {
        ConsumerAuthInfo auth = answer.auth();
        Map<String, String> refs = refs(known, auth);
        String pares = auth.paresStatus();
        if ("C".equals(pares)) {
            String stepUpUrl = auth.stepUpUrl();
            String accessToken = auth.accessToken();
            if (stepUpUrl == null || accessToken == null || auth.authenticationTransactionId() == null) {
                throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                        "firstoken step-up without a url, token or transaction id", 200, null);
            }
            refs.put(STEP, STEP_UP);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("JWT", accessToken);
            fields.put("MD", authenticationId);
            BrowserAction action = new BrowserAction("CHALLENGE", "POST", stepUpUrl, fields, "VISIBLE_IFRAME", "02");
            return new ProviderResult(pending(TransStatus.C, auth), action, refs, null, List.of());
        }
        refs.remove(STEP);
        return new ProviderResult(result(auth, brand, Flow.FRICTIONLESS), null, refs, null, List.of());
    }

    /**
     * The step-up came back: Cardinal's {@code TransactionId} [X] (posted to {@code return_url}, 002:212)
     * must be this authentication's {@code authentication_transaction_id}.
     */
    public static void steppedUp(Map<String, String> refs, BrowserResult browser, String authenticationId) {
        String transactionId = browser.get("TransactionId");
        if (transactionId == null || !transactionId.equals(refs.get(AUTHENTICATION_TRANSACTION))) {
            throw new BrowserRefusedException("step-up result for another transaction");
        }
        if (browser.get("MD") != null && !browser.get("MD").equals(authenticationId)) {
            throw new BrowserRefusedException("step-up result for another authentication");
        }
    }

    /**
     * {@code risk/authentication/validate} is not in the seed: its path, {@code transaction_info.type}
     * {@code validate_result} and {@code authentication.transaction_id} are [X] (PROVIDERS.md §3.3.4).
     */
    public static Validate validate(String referenceCode, NewAuthentication request, Map<String, String> refs) {
        return new Validate(new TransactionInfo("validate_result", referenceCode), card(request.card()),
                orderInfo(request.amount().value(), request.amount().currency(), false),
                new ValidateAuthentication(refs.get(AUTHENTICATION_TRANSACTION)));
    }

    public static ProviderResult validated(FirstokenAnswer answer, Map<String, String> known, String brand) {
        ConsumerAuthInfo auth = answer.auth();
        Map<String, String> refs = refs(known, auth);
        refs.remove(STEP);
        String version = auth.specificationVersion();
        Flow flow = version != null && version.startsWith("1") ? Flow.THREEDS1 : Flow.CHALLENGE;
        return new ProviderResult(result(auth, brand, flow), null, refs, null, List.of());
    }

    /** A result from {@code consumer_auth_info}: {@code pares_status}, else {@code veres_enrolled}. */
    static ThreeDSResult result(ConsumerAuthInfo auth, String brand, Flow flow) {
        String pares = auth.paresStatus();
        String veres = auth.veresEnrolled();
        String eci = Eci.normalize(auth.eci() != null ? auth.eci() : auth.eciRaw());
        TransStatus status;
        Flow actualFlow = flow;
        if (pares != null && STATUSES.contains(pares)) {
            status = TransStatus.valueOf(pares);
        } else if (pares == null && veres != null && !"Y".equals(veres)) {
            status = TransStatus.U;
            actualFlow = Flow.NOT_APPLICABLE;
        } else {
            status = TransStatus.E;
        }
        if (eci == null && status != TransStatus.Y && status != TransStatus.A) {
            eci = Eci.none(brand);
        }
        String reason = auth.signedParesStatusReason();
        if (actualFlow == Flow.NOT_APPLICABLE) {
            reason = "veres_enrolled " + veres;
        }
        Liability liability = Liability.decide(status, null, veres, eci, brand,
                eci == null || LIABILITY_ECIS.contains(eci), "ECI_RULE");
        RecommendedAction action = status == TransStatus.U || actualFlow == Flow.NOT_APPLICABLE
                ? RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT : RecommendedAction.forStatus(status, false);
        return new ThreeDSResult(status, reason, StatusSource.PROVIDER_API, eci, auth.cavv(), auth.xid(),
                auth.dsTransactionId(), auth.acsTransactionId(), auth.serverTransactionId(),
                auth.specificationVersion(), veres, null, actualFlow, null, liability, action);
    }

    /** {@code /payments} with the authentication data as Firstoken's payment API takes it (§3.3.5). */
    public static Payment payment(String referenceCode, AuthorizationRequest request) {
        ThreeDSResult threeDS = request.threeDS();
        Map<String, String> refs = request.refs();
        boolean noThreeDS = threeDS.flow() == Flow.NOT_APPLICABLE;
        PaymentAuthentication authentication = new PaymentAuthentication(threeDS.eci(),
                refs.getOrDefault(ECI_RAW, threeDS.eci()), refs.get(TOKEN), refs.get(COMMERCE_INDICATOR),
                noThreeDS ? null : threeDS.transStatus().name(), threeDS.enrolled(), threeDS.acsTransactionId(),
                refs.get(AUTHENTICATION_TRANSACTION), threeDS.authenticationValue(), threeDS.xid(),
                noThreeDS ? null : threeDS.transStatusReason(), threeDS.threeDSVersion(),
                threeDS.threeDSServerTransactionId(), threeDS.dsTransactionId(), refs.get(ACS_REFERENCE));
        return new Payment(new TransactionInfo("payment", referenceCode), card(request.card()),
                orderInfo(request.amount().value(), request.amount().currency(), true), authentication);
    }

    public static AuthorizationResult paid(FirstokenAnswer answer, AuthorizationRequest request) {
        TransactionResult info = answer.transaction();
        boolean authorized = "Authorized".equals(info.status());
        ProcessorInfo processor = answer.data() == null ? null : answer.data().processorInfo();
        return new AuthorizationResult(authorized ? "AUTHORIZED" : "DECLINED", info.transactionId(),
                processor == null ? null : processor.approvalCode(), info.responseCode(), request.amount().value(),
                request.amount().currency(), null);
    }

    private static ThreeDSResult pending(TransStatus status, ConsumerAuthInfo auth) {
        return new ThreeDSResult(status, null, StatusSource.PROVIDER_API, null, null, null, auth.dsTransactionId(),
                auth.acsTransactionId(), auth.serverTransactionId(), auth.specificationVersion(),
                auth.veresEnrolled(), null, status == TransStatus.C ? Flow.CHALLENGE : null, null,
                new Liability(false, "ECI_RULE"), RecommendedAction.AWAIT_BROWSER);
    }

    /** Keeps the ids and the latest token a later call needs (G-F15: always send the newest token). */
    private static Map<String, String> refs(Map<String, String> known, ConsumerAuthInfo auth) {
        Map<String, String> found = new LinkedHashMap<>();
        found.put(TOKEN, auth.token());
        found.put(AUTHENTICATION_TRANSACTION, auth.authenticationTransactionId());
        found.put(VERES, auth.veresEnrolled());
        found.put(ECI_RAW, auth.eciRaw());
        found.put(COMMERCE_INDICATOR, auth.commerceIndicator());
        found.put(ACS_REFERENCE, auth.acsReferenceNumber());
        found.values().removeIf(Objects::isNull);
        Map<String, String> refs = new LinkedHashMap<>(known);
        refs.putAll(found);
        return refs;
    }

    private static PaymentCard card(Card card) {
        return new PaymentCard(card.number(), String.format("%02d/%04d", card.expiryMonth(), card.expiryYear()));
    }

    private static OrderInfo orderInfo(long value, String currency, boolean installments) {
        return new OrderInfo(new AmountDetails(totalAmount(value, currency), currency), installments ? 1 : null);
    }

    /**
     * {@code total_amount} in major units, as a decimal string with the currency's ISO 4217 decimals
     * ({@code "10.00"} EUR, {@code "1000"} JPY). The seed does not name the unit (G-F10): its amount is a
     * string, {@code "1000"} MXN (002:179, 002:300), where the payment's answer has a number (002:348);
     * every name around it is CyberSource's payer authentication and payments API in snake case
     * ({@code amount_details.total_amount}, {@code bill_to}, {@code veres_enrolled}, {@code eci_raw},
     * 22-digit request ids), whose {@code totalAmount} is a decimal string in major units [X]. So
     * {@code "1000"} MXN reads as 1000.00 MXN. Were the unit minor after all, this choice errs towards
     * a refused or 100 times too small amount, never one 100 times too large shown to the shopper and paid.
     */
    static String totalAmount(long minorUnits, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits).movePointLeft(digits).toPlainString();
    }

    private static BillTo billTo(Billing billing, Customer customer) {
        Billing bill = billing == null ? new Billing(null, null, null, null, null, null, null, null) : billing;
        return new BillTo(bill.firstName(), bill.lastName(), bill.country(), bill.line1(), bill.line2(), bill.city(),
                bill.state(), bill.postalCode(), customer == null ? null : customer.email(),
                customer == null ? null : customer.phone());
    }

    private static DeviceInfo deviceInfo(BrowserInfo browser) {
        return new DeviceInfo(browser.ipAddress(), string(browser.colorDepth()), browser.javaEnabled(),
                browser.javascriptEnabled(), string(browser.screenHeight()), string(browser.screenWidth()),
                string(browser.timeZoneOffsetMinutes()), browser.userAgent(), browser.language());
    }

    private static String string(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
