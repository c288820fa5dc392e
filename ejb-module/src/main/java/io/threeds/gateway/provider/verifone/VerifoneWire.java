package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.card.CardBrand;
import io.threeds.gateway.card.Truncation;
import io.threeds.gateway.emv.Eci;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ReportedCard;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifone's wire format (PROVIDERS.md §1.3, §1.4.3) as records, and the pure translation to the normalised model
 * (§1.6, §1.7, §7.8.1), documented spellings included ({@code threads_}, {@code PAResStatus} and its
 * variants).
 */
public final class VerifoneWire {
    static final String STEP = "step";
    static final String SDK = "sdk";
    static final String CHALLENGE = "challenge";
    static final String TRANSACTION = "transaction_id";
    static final String ENROLLED = "enrolled";
    static final String SIGNATURE = "signature_verification";
    static final String CARD_BRAND = "card_brand";
    private static final Pattern MASKED = Pattern.compile("(\\d{6,8})\\*+(\\d{4})");
    private static final Set<String> STATUSES = Set.of("Y", "A", "N", "U", "R");
    private static final String CANCELLED_BY_USER = "10011";

    private VerifoneWire() {
    }

    /** jwt/create's request, {@code threads_} as documented (G-V1). */
    public record JwtCreate(@JsonbProperty("threads_contract_id") String contractId) {
    }

    public record JwtAnswer(String jwt) {
    }

    /** [P] The validation request: the contract the JWT was issued for ({@code threeds_} as in lookup) and the JWT. */
    public record JwtValidate(@JsonbProperty("threeds_contract_id") String contractId, String jwt) {
    }

    /** [P] Verifone's answer to a validation: {@code error_no} "0" and the JWT's {@code payload}. */
    public record JwtValidation(@JsonbProperty("error_no") String errorNo,
                                @JsonbProperty("error_desc") String errorDescription, Validated payload) {
    }

    /**
     * The validated data (§1.4.3) in Cardinal's full shape, the simulator's copies of {@code Payment}'s
     * members at the top level included. {@code ExtendedData} is read as names and texts, its names whatever
     * their case (G-V2).
     */
    public record Validated(@JsonbProperty("ActionCode") String actionCode,
                            @JsonbProperty("ErrorNumber") String errorNumber,
                            @JsonbProperty("ErrorDescription") String errorDescription,
                            @JsonbProperty("Payment") ValidatedPayment payment,
                            @JsonbProperty("ProcessorTransactionId") String processorTransactionId,
                            @JsonbProperty("ExtendedData") Map<String, String> extendedData) {
    }

    public record ValidatedPayment(@JsonbProperty("ProcessorTransactionId") String processorTransactionId,
                                   @JsonbProperty("ExtendedData") Map<String, String> extendedData) {
    }

    /** The lookup (§1.3.2); billing and email only when the merchant gave them. */
    public record Lookup(long amount, @JsonbProperty("currency_code") String currencyCode,
                         @JsonbProperty("encrypted_card") String encryptedCard,
                         @JsonbProperty("public_key_alias") String publicKeyAlias,
                         @JsonbProperty("device_info_id") String deviceInfoId,
                         @JsonbProperty("threeds_contract_id") String contractId,
                         @JsonbProperty("merchant_reference") String merchantReference,
                         @JsonbProperty("billing_first_name") String billingFirstName,
                         @JsonbProperty("billing_last_name") String billingLastName,
                         @JsonbProperty("billing_address_1") String billingAddress1,
                         @JsonbProperty("billing_city") String billingCity,
                         @JsonbProperty("billing_country_code") String billingCountryCode, String email) {
    }

    /**
     * The lookup's answer (§1.3.2), both spellings of the version (G-V1); {@code challenge_required} is not
     * read (G-V3), {@code cavv}, {@code xid} and {@code error_desc} are there when Verifone sends them (G-V4).
     */
    public record LookupAnswer(@JsonbProperty("transaction_id") String transactionId,
                               @JsonbProperty("authentication_id") String authenticationId,
                               @JsonbProperty("order_id") String orderId, String enrolled,
                               @JsonbProperty("pares_status") String paresStatus,
                               @JsonbProperty("signature_verification") String signatureVerification,
                               @JsonbProperty("eci_flag") String eciFlag, @JsonbProperty("acs_url") String acsUrl,
                               String payload, @JsonbProperty("acs_transaction_id") String acsTransactionId,
                               @JsonbProperty("ds_transaction_id") String dsTransactionId,
                               @JsonbProperty("card_brand") String cardBrand,
                               @JsonbProperty("threeds_version") String threedsVersion,
                               @JsonbProperty("threads_version") String threadsVersion,
                               @JsonbProperty("error_no") String errorNo,
                               @JsonbProperty("error_desc") String errorDescription, String cavv, String xid) {
        String version() {
            return threedsVersion != null ? threedsVersion : threadsVersion;
        }
    }

    /** The payment (§1.3.3); {@code auth_type} only for a preauthorisation. */
    public record Payment(long amount, @JsonbProperty("currency_code") String currencyCode,
                          @JsonbProperty("merchant_reference") String merchantReference,
                          @JsonbProperty("payment_provider_contract") String paymentProviderContract,
                          @JsonbProperty("card_brand") String cardBrand,
                          @JsonbProperty("public_key_alias") String publicKeyAlias,
                          @JsonbProperty("encrypted_card") String encryptedCard,
                          @JsonbProperty("threed_authentication") ThreedAuthentication threedAuthentication,
                          @JsonbProperty("capture_now") boolean captureNow,
                          @JsonbProperty("auth_type") String authType) {
    }

    /** The payment's 3-D Secure data, {@code threeds_version} spelled correctly here (§1.3.3). */
    public record ThreedAuthentication(@JsonbProperty("eci_flag") String eciFlag, String enrolled, String cavv,
                                       @JsonbProperty("pares_status") String paresStatus,
                                       @JsonbProperty("threeds_version") String threedsVersion,
                                       @JsonbProperty("ds_transaction_id") String dsTransactionId,
                                       @JsonbProperty("signature_verification") String signatureVerification,
                                       @JsonbProperty("error_desc") String errorDescription,
                                       @JsonbProperty("error_no") String errorNo) {
    }

    public record PaymentAnswer(String id, String status, @JsonbProperty("approval_code") String approvalCode,
                                @JsonbProperty("auth_code") String authCode,
                                @JsonbProperty("reason_code") String reasonCode,
                                @JsonbProperty("card_details") CardDetails cardDetails) {
    }

    public record CardDetails(@JsonbProperty("masked_card_number") String maskedCardNumber) {
    }

    /** What a result is given besides its status: from the lookup, or the lookup's kept with the validated data. */
    private record Facts(String enrolled, String signature, String version, String xid, String dsTransactionId,
                         String acsTransactionId) {
    }

    /**
     * [P] Verifone's answer to a validation: {@code error_no} "0" and the JWT's {@code payload} (the
     * validated data, PROVIDERS.md §1.4.3), or a refusal, which means the JWT is not Verifone's, not
     * for this contract, or expired: the browser relayed something Verifone did not sign.
     */
    public static Validated validatedPayload(JwtValidation answer) {
        String errorNo = answer.errorNo();
        if (errorNo != null && !"0".equals(errorNo) || answer.payload() == null) {
            throw new BrowserRefusedException("verifone did not validate the result's JWT"
                    + (errorNo == null ? "" : ": error " + errorNo + " " + answer.errorDescription()));
        }
        return answer.payload();
    }

    /**
     * Songbird's setup on the hosted page, with the JWT and the BIN to profile (at least 9 digits); no BIN
     * for a card the shopper's browser encrypted ({@code cardNumber} null): Songbird then profiles none.
     */
    public static ProviderResult sdkSetup(JwtAnswer answer, String songbirdUrl, String cardNumber) {
        String jwt = answer.jwt();
        if (jwt == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER, "verifone jwt/create without a jwt", 200,
                    null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jwt", jwt);
        if (cardNumber != null) {
            fields.put("bin", cardNumber.substring(0, Math.min(9, cardNumber.length() - 4)));
        }
        BrowserAction action = new BrowserAction("SDK_INIT", "SDK", songbirdUrl, fields, "SDK_MODAL", null);
        ThreeDSResult pending = new ThreeDSResult(null, null, StatusSource.PROVIDER_API, null, null, null, null, null,
                null, null, null, null, null, null, new Liability(false, "VERIFONE_SEED_RULE"),
                RecommendedAction.AWAIT_BROWSER);
        return new ProviderResult(pending, action, Map.of(STEP, SDK), null, List.of());
    }

    public static Lookup lookup(NewAuthentication request, String encryptedCard, String keyAlias, String sessionId,
                                String contractId) {
        Billing billing = request.billing() == null
                ? new Billing(null, null, null, null, null, null, null, null) : request.billing();
        return new Lookup(request.amount().value(), request.amount().currency(), encryptedCard, keyAlias, sessionId,
                contractId, request.merchantReference(), billing.firstName(), billing.lastName(), billing.line1(),
                billing.city(), billing.country(), request.customer() == null ? null : request.customer().email());
    }

    /**
     * The lookup: a frictionless result, no 3-D Secure, or a challenge for {@code Cardinal.continue}. Its
     * {@code card_brand} is reported, kept for the payment, and stands in for {@code knownBrand} when the
     * gateway knows none (a card encrypted in the shopper's browser).
     */
    public static ProviderResult lookedUp(LookupAnswer answer, String knownBrand) {
        String reportedBrand = brand(answer.cardBrand());
        String brand = knownBrand == null ? reportedBrand : knownBrand;
        ReportedCard card = reportedBrand == null ? null : new ReportedCard(null, null, reportedBrand);
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(CARD_BRAND, reportedBrand);
        refs.put(TRANSACTION, answer.transactionId());
        refs.put("authentication_id", answer.authenticationId());
        refs.put("order_id", answer.orderId());
        refs.put(ENROLLED, answer.enrolled());
        refs.put(SIGNATURE, answer.signatureVerification());
        String version = answer.version();
        refs.put("threeDSVersion", version);
        refs.values().removeIf(Objects::isNull);
        String errorNo = answer.errorNo();
        // An error with an enrolment answer is the directory's (Cardinal's "enrollment check error"):
        // no authentication, like an unavailable one. Without one, the lookup itself failed (G-V14).
        if (errorNo != null && !"0".equals(errorNo) && answer.enrolled() == null) {
            return new ProviderResult(result(TransStatus.E, "verifone error " + errorNo + ": "
                    + answer.errorDescription(), StatusSource.PROVIDER_API, facts(answer), brand, Flow.NOT_APPLICABLE,
                    answer.eciFlag(), answer.cavv()), null, refs, null, List.of(), card);
        }
        String pares = answer.paresStatus();
        if ("C".equals(pares)) {
            if (answer.acsUrl() == null || answer.payload() == null || refs.get(TRANSACTION) == null) {
                throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                        "verifone challenge without an acs_url, payload or transaction_id", 200, null);
            }
            refs.put(STEP, CHALLENGE);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("AcsUrl", answer.acsUrl());
            fields.put("Payload", answer.payload());
            fields.put("TransactionId", refs.get(TRANSACTION));
            BrowserAction action = new BrowserAction("CHALLENGE", "SDK", answer.acsUrl(), fields,
                    "SDK_MODAL", null);
            ThreeDSResult pending = new ThreeDSResult(TransStatus.C, null, StatusSource.PROVIDER_API, null, null,
                    null, answer.dsTransactionId(), answer.acsTransactionId(), null, version,
                    answer.enrolled(), answer.signatureVerification(), Flow.CHALLENGE, null,
                    new Liability(false, "VERIFONE_SEED_RULE"), RecommendedAction.AWAIT_BROWSER);
            return new ProviderResult(pending, action, refs, null, List.of(), card);
        }
        TransStatus status;
        Flow flow = Flow.FRICTIONLESS;
        if (pares != null && STATUSES.contains(pares)) {
            status = TransStatus.valueOf(pares);
        } else {
            status = TransStatus.U;
            flow = Flow.NOT_APPLICABLE;
        }
        String reason = errorNo != null && !"0".equals(errorNo) ? "verifone error " + errorNo + ": "
                + answer.errorDescription() : pares == null ? "no authentication result (enrolled "
                + answer.enrolled() + ")" : null;
        return new ProviderResult(result(status, reason, StatusSource.PROVIDER_API, facts(answer), brand, flow,
                answer.eciFlag(), answer.cavv()), null, refs, null, List.of(), card);
    }

    /**
     * Songbird's validated result, from the payload Verifone validated. It must be for this
     * authentication's Cardinal transaction. Cancelling the challenge (exit button, 10011) is U.
     */
    public static ThreeDSResult validated(Validated payload, Map<String, String> refs, String brand) {
        ValidatedPayment payment = payload.payment() == null ? new ValidatedPayment(null, null) : payload.payment();
        String transaction = payment.processorTransactionId();
        if (transaction == null) {
            transaction = payload.processorTransactionId();
        }
        if (transaction == null || !transaction.equals(refs.get(TRANSACTION))) {
            throw new BrowserRefusedException("the validated result is for another transaction");
        }
        Map<String, String> extended = payment.extendedData();
        if (extended == null || extended.isEmpty()) {
            extended = payload.extendedData() == null ? Map.of() : payload.extendedData();
        }
        String pares = caseInsensitive(extended, "paresstatus", "presstatus");
        String action = payload.actionCode();
        String errorNumber = payload.errorNumber();
        TransStatus status;
        String reason = null;
        if ("ERROR".equals(action)) {
            status = TransStatus.E;
            reason = "Songbird error " + errorNumber + ": " + payload.errorDescription();
        } else if ("FAILURE".equals(action) && CANCELLED_BY_USER.equals(errorNumber)) {
            status = TransStatus.U;
            reason = "10011 Canceled by user";
        } else if (pares != null && STATUSES.contains(pares.toUpperCase(Locale.ROOT))) {
            status = TransStatus.valueOf(pares.toUpperCase(Locale.ROOT));
        } else {
            status = "FAILURE".equals(action) ? TransStatus.N : TransStatus.U;
        }
        String signature = caseInsensitive(extended, "signatureverification");
        Facts merged = new Facts(refs.getOrDefault(ENROLLED, "Y"),
                signature == null ? refs.getOrDefault(SIGNATURE, "N") : signature,
                extended.get("ThreeDSVersion") == null ? refs.getOrDefault("threeDSVersion", "2.2.0")
                        : extended.get("ThreeDSVersion"), null, null, null);
        return result(status, reason, StatusSource.SIGNED_CLIENT_MESSAGE, merged, brand, Flow.CHALLENGE,
                extended.get("ECIFlag"), extended.get("CAVV"));
    }

    private static Facts facts(LookupAnswer answer) {
        return new Facts(answer.enrolled(), answer.signatureVerification(), answer.version(), answer.xid(),
                answer.dsTransactionId(), answer.acsTransactionId());
    }

    private static ThreeDSResult result(TransStatus status, String reason, StatusSource source, Facts facts,
                                        String brand, Flow flow, String rawEci, String cavv) {
        String enrolled = facts.enrolled();
        String signature = facts.signature();
        String eci = Eci.normalize(rawEci);
        if (eci == null && status != TransStatus.Y && status != TransStatus.A) {
            eci = Eci.none(brand);
        }
        Liability liability = Liability.decide(status, signature, enrolled, eci, brand,
                "Y".equals(signature) && "Y".equals(enrolled), "VERIFONE_SEED_RULE");
        RecommendedAction action = flow == Flow.NOT_APPLICABLE && status == TransStatus.U
                ? RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT
                : RecommendedAction.forStatus(status, status == TransStatus.E && source == StatusSource.PROVIDER_API);
        return new ThreeDSResult(status, reason, source, eci, cavv, facts.xid(), facts.dsTransactionId(),
                facts.acsTransactionId(), null, facts.version(), enrolled, signature, flow, null, liability, action);
    }

    public static Payment payment(AuthorizationRequest request, String encryptedCard, String keyAlias,
                                  String contract) {
        ThreeDSResult threeDS = request.threeDS();
        ThreedAuthentication authentication = new ThreedAuthentication(threeDS.eci(), threeDS.enrolled(),
                threeDS.authenticationValue(), threeDS.flow() == Flow.NOT_APPLICABLE ? null
                : threeDS.transStatus().name(), threeDS.threeDSVersion(), threeDS.dsTransactionId(),
                threeDS.signatureVerification(), "Success", "0");
        // Of a card encrypted in the browser only the lookup's card_brand tells the brand. A preauthorisation
        // is capture_now false with auth_type PRE_AUTH (000:611-615); the seed names no other auth_type, so a
        // captured payment sends none.
        return new Payment(request.amount().value(), request.amount().currency(), request.merchantReference(),
                contract, request.card().isEncrypted() ? request.refs().get(CARD_BRAND)
                : request.card().brand().name(), keyAlias, encryptedCard, authentication, request.capture(),
                request.capture() ? null : "PRE_AUTH");
    }

    public static AuthorizationResult paid(PaymentAnswer answer, AuthorizationRequest request) {
        boolean authorized = "AUTHORIZED".equals(answer.status());
        return new AuthorizationResult(authorized ? "AUTHORIZED" : "DECLINED", answer.id(),
                answer.approvalCode() != null ? answer.approvalCode() : answer.authCode(), answer.reasonCode(),
                request.amount().value(), request.amount().currency(), null);
    }

    /** BIN and last 4 from the payment's {@code card_details.masked_card_number} ({@code 411111****1111}). */
    public static ReportedCard paidCard(PaymentAnswer answer) {
        String number = String.valueOf(answer.cardDetails() == null ? null : answer.cardDetails().maskedCardNumber());
        Matcher masked = MASKED.matcher(number);
        return masked.matches()
                ? new ReportedCard(Truncation.reportedBin(masked.group(1), number.length()), masked.group(2), null)
                : null;
    }

    /** {@code card_brand} as the gateway names brands (G-V9: {@code Visa} here, {@code VISA} elsewhere). */
    static String brand(String reported) {
        if (reported == null) {
            return null;
        }
        try {
            CardBrand brand = CardBrand.valueOf(reported.strip().toUpperCase(Locale.ROOT));
            return brand == CardBrand.UNKNOWN ? null : brand.name();
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** A key of {@code ExtendedData} whatever its case (G-V2: PAResStatus, PARESStatus, PResStatus). */
    private static String caseInsensitive(Map<String, String> extendedData, String... lowerCaseNames) {
        for (Map.Entry<String, String> entry : extendedData.entrySet()) {
            for (String name : lowerCaseNames) {
                if (entry.getKey().toLowerCase(Locale.ROOT).equals(name)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }
}
