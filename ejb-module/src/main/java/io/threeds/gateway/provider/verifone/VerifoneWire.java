package io.threeds.gateway.provider.verifone;

import static io.threeds.gateway.provider.WireValues.addIfPresent;
import static io.threeds.gateway.provider.WireValues.firstOf;
import static io.threeds.gateway.provider.WireValues.object;
import static io.threeds.gateway.provider.WireValues.putIfPresent;
import static io.threeds.gateway.provider.WireValues.text;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifone's wire format (PROVIDERS.md §1.3, §1.4.3) and the pure translation to the normalised model
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

    public static JsonObject jwtCreate(String contractId) {
        return Json.createObjectBuilder().add("threads_contract_id", contractId).build();
    }

    /** [P] The validation request: the contract the JWT was issued for ({@code threeds_} as in lookup) and the JWT. */
    public static JsonObject jwtValidate(String contractId, String jwt) {
        return Json.createObjectBuilder().add("threeds_contract_id", contractId).add("jwt", jwt).build();
    }

    /**
     * [P] Verifone's answer to a validation: {@code error_no} "0" and the JWT's {@code payload} (the
     * validated data, PROVIDERS.md §1.4.3), or a refusal, which means the JWT is not Verifone's, not
     * for this contract, or expired: the browser relayed something Verifone did not sign.
     */
    public static JsonObject validatedPayload(JsonObject answer) {
        String errorNo = text(answer, "error_no");
        if (errorNo != null && !"0".equals(errorNo) || !(answer.get("payload") instanceof JsonObject payload)) {
            throw new BrowserRefusedException("verifone did not validate the result's JWT"
                    + (errorNo == null ? "" : ": error " + errorNo + " " + text(answer, "error_desc")));
        }
        return payload;
    }

    /**
     * Songbird's setup on the hosted page, with the JWT and the BIN to profile (at least 9 digits); no BIN
     * for a card the shopper's browser encrypted ({@code cardNumber} null): Songbird then profiles none.
     */
    public static ProviderResult sdkSetup(JsonObject answer, String songbirdUrl, String cardNumber) {
        String jwt = text(answer, "jwt");
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

    public static JsonObject lookup(NewAuthentication request, String encryptedCard, String keyAlias,
                                    String sessionId, String contractId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", request.amount().value())
                .add("currency_code", request.amount().currency())
                .add("encrypted_card", encryptedCard)
                .add("public_key_alias", keyAlias)
                .add("device_info_id", sessionId)
                .add("threeds_contract_id", contractId)
                .add("merchant_reference", request.merchantReference());
        Billing billing = request.billing();
        if (billing != null) {
            addIfPresent(body, "billing_first_name", billing.firstName());
            addIfPresent(body, "billing_last_name", billing.lastName());
            addIfPresent(body, "billing_address_1", billing.line1());
            addIfPresent(body, "billing_city", billing.city());
            addIfPresent(body, "billing_country_code", billing.country());
        }
        if (request.customer() != null) {
            addIfPresent(body, "email", request.customer().email());
        }
        return body.build();
    }

    /**
     * The lookup: a frictionless result, no 3-D Secure, or a challenge for {@code Cardinal.continue}. Its
     * {@code card_brand} is reported, kept for the payment, and stands in for {@code knownBrand} when the
     * gateway knows none (a card encrypted in the shopper's browser).
     */
    public static ProviderResult lookedUp(JsonObject answer, String knownBrand) {
        String reportedBrand = brand(text(answer, "card_brand"));
        String brand = knownBrand == null ? reportedBrand : knownBrand;
        ReportedCard card = reportedBrand == null ? null : new ReportedCard(null, null, reportedBrand);
        Map<String, String> refs = new LinkedHashMap<>();
        putIfPresent(refs, CARD_BRAND, reportedBrand);
        putIfPresent(refs, TRANSACTION, text(answer, "transaction_id"));
        putIfPresent(refs, "authentication_id", text(answer, "authentication_id"));
        putIfPresent(refs, "order_id", text(answer, "order_id"));
        putIfPresent(refs, ENROLLED, text(answer, "enrolled"));
        putIfPresent(refs, SIGNATURE, text(answer, "signature_verification"));
        String version = firstOf(answer, "threeds_version", "threads_version");
        putIfPresent(refs, "threeDSVersion", version);
        String errorNo = text(answer, "error_no");
        // An error with an enrolment answer is the directory's (Cardinal's "enrollment check error"):
        // no authentication, like an unavailable one. Without one, the lookup itself failed (G-V14).
        if (errorNo != null && !"0".equals(errorNo) && text(answer, "enrolled") == null) {
            return new ProviderResult(result(TransStatus.E, "verifone error " + errorNo + ": "
                    + text(answer, "error_desc"), StatusSource.PROVIDER_API, answer, brand, Flow.NOT_APPLICABLE,
                    text(answer, "eci_flag"), text(answer, "cavv")), null, refs, null, List.of(), card);
        }
        String pares = text(answer, "pares_status");
        if ("C".equals(pares)) {
            if (text(answer, "acs_url") == null || text(answer, "payload") == null || refs.get(TRANSACTION) == null) {
                throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                        "verifone challenge without an acs_url, payload or transaction_id", 200, null);
            }
            refs.put(STEP, CHALLENGE);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("AcsUrl", text(answer, "acs_url"));
            fields.put("Payload", text(answer, "payload"));
            fields.put("TransactionId", refs.get(TRANSACTION));
            BrowserAction action = new BrowserAction("CHALLENGE", "SDK", text(answer, "acs_url"), fields,
                    "SDK_MODAL", null);
            ThreeDSResult pending = new ThreeDSResult(TransStatus.C, null, StatusSource.PROVIDER_API, null, null,
                    null, text(answer, "ds_transaction_id"), text(answer, "acs_transaction_id"), null, version,
                    text(answer, "enrolled"), text(answer, "signature_verification"), Flow.CHALLENGE, null,
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
                + text(answer, "error_desc") : pares == null ? "no authentication result (enrolled "
                + text(answer, "enrolled") + ")" : null;
        return new ProviderResult(result(status, reason, StatusSource.PROVIDER_API, answer, brand, flow,
                text(answer, "eci_flag"), text(answer, "cavv")), null, refs, null, List.of(), card);
    }

    /**
     * Songbird's validated result, from the payload Verifone validated. It must be for this
     * authentication's Cardinal transaction. Cancelling the challenge (exit button, 10011) is U.
     */
    public static ThreeDSResult validated(JsonObject payload, Map<String, String> refs, String brand) {
        JsonObject payment = object(payload, "Payment");
        String transaction = firstOf(payment, "ProcessorTransactionId");
        if (transaction == null) {
            transaction = text(payload, "ProcessorTransactionId");
        }
        if (transaction == null || !transaction.equals(refs.get(TRANSACTION))) {
            throw new BrowserRefusedException("the validated result is for another transaction");
        }
        JsonObject extended = object(payment, "ExtendedData");
        if (extended.isEmpty()) {
            extended = object(payload, "ExtendedData");
        }
        String pares = caseInsensitive(extended, "paresstatus", "presstatus");
        String action = text(payload, "ActionCode");
        String errorNumber = text(payload, "ErrorNumber");
        TransStatus status;
        String reason = null;
        if ("ERROR".equals(action)) {
            status = TransStatus.E;
            reason = "Songbird error " + errorNumber + ": " + text(payload, "ErrorDescription");
        } else if ("FAILURE".equals(action) && CANCELLED_BY_USER.equals(errorNumber)) {
            status = TransStatus.U;
            reason = "10011 Canceled by user";
        } else if (pares != null && STATUSES.contains(pares.toUpperCase(Locale.ROOT))) {
            status = TransStatus.valueOf(pares.toUpperCase(Locale.ROOT));
        } else {
            status = "FAILURE".equals(action) ? TransStatus.N : TransStatus.U;
        }
        JsonObject merged = Json.createObjectBuilder()
                .add("enrolled", refs.getOrDefault(ENROLLED, "Y"))
                .add("signature_verification", caseInsensitive(extended, "signatureverification") == null
                        ? refs.getOrDefault(SIGNATURE, "N") : caseInsensitive(extended, "signatureverification"))
                .add("threeds_version", text(extended, "ThreeDSVersion") == null
                        ? refs.getOrDefault("threeDSVersion", "2.2.0") : text(extended, "ThreeDSVersion"))
                .build();
        return result(status, reason, StatusSource.SIGNED_CLIENT_MESSAGE, merged, brand, Flow.CHALLENGE,
                text(extended, "ECIFlag"), text(extended, "CAVV"));
    }

    private static ThreeDSResult result(TransStatus status, String reason, StatusSource source, JsonObject answer,
                                        String brand, Flow flow, String rawEci, String cavv) {
        String enrolled = text(answer, "enrolled");
        String signature = text(answer, "signature_verification");
        String eci = Eci.normalize(rawEci);
        if (eci == null && status != TransStatus.Y && status != TransStatus.A) {
            eci = Eci.none(brand);
        }
        Liability liability = Liability.decide(status, signature, enrolled, eci, brand,
                "Y".equals(signature) && "Y".equals(enrolled), "VERIFONE_SEED_RULE");
        RecommendedAction action = flow == Flow.NOT_APPLICABLE && status == TransStatus.U
                ? RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT
                : RecommendedAction.forStatus(status, status == TransStatus.E && source == StatusSource.PROVIDER_API);
        return new ThreeDSResult(status, reason, source, eci, cavv, text(answer, "xid"),
                text(answer, "ds_transaction_id"), text(answer, "acs_transaction_id"), null,
                firstOf(answer, "threeds_version", "threads_version"), enrolled, signature, flow, null, liability,
                action);
    }

    public static JsonObject payment(AuthorizationRequest request, String encryptedCard, String keyAlias,
                                     String contract) {
        ThreeDSResult threeDS = request.threeDS();
        JsonObjectBuilder authentication = Json.createObjectBuilder();
        addIfPresent(authentication, "eci_flag", threeDS.eci());
        addIfPresent(authentication, "enrolled", threeDS.enrolled());
        addIfPresent(authentication, "cavv", threeDS.authenticationValue());
        addIfPresent(authentication, "pares_status", threeDS.flow() == Flow.NOT_APPLICABLE ? null
                : threeDS.transStatus().name());
        addIfPresent(authentication, "threeds_version", threeDS.threeDSVersion());
        addIfPresent(authentication, "ds_transaction_id", threeDS.dsTransactionId());
        addIfPresent(authentication, "signature_verification", threeDS.signatureVerification());
        authentication.add("error_desc", "Success").add("error_no", "0");
        JsonObjectBuilder payment = Json.createObjectBuilder()
                .add("amount", request.amount().value())
                .add("currency_code", request.amount().currency())
                .add("merchant_reference", request.merchantReference())
                .add("payment_provider_contract", contract);
        // Of a card encrypted in the browser only the lookup's card_brand tells the brand.
        addIfPresent(payment, "card_brand", request.card().isEncrypted() ? request.refs().get(CARD_BRAND)
                : request.card().brand().name());
        payment.add("public_key_alias", keyAlias)
                .add("encrypted_card", encryptedCard)
                .add("threed_authentication", authentication)
                .add("capture_now", request.capture());
        // A preauthorisation is capture_now false with auth_type PRE_AUTH (000:611-615); the seed names no
        // other auth_type, so a captured payment sends none.
        return request.capture() ? payment.build() : payment.add("auth_type", "PRE_AUTH").build();
    }

    public static AuthorizationResult paid(JsonObject answer, AuthorizationRequest request) {
        boolean authorized = "AUTHORIZED".equals(text(answer, "status"));
        return new AuthorizationResult(authorized ? "AUTHORIZED" : "DECLINED", text(answer, "id"),
                firstOf(answer, "approval_code", "auth_code"), text(answer, "reason_code"), request.amount().value(),
                request.amount().currency(), null);
    }

    /** BIN and last 4 from the payment's {@code card_details.masked_card_number} ({@code 411111****1111}). */
    public static ReportedCard paidCard(JsonObject answer) {
        String number = String.valueOf(text(object(answer, "card_details"), "masked_card_number"));
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
    private static String caseInsensitive(JsonObject json, String... lowerCaseNames) {
        for (String key : json.keySet()) {
            for (String name : lowerCaseNames) {
                if (key.toLowerCase(Locale.ROOT).equals(name)) {
                    return text(json, key);
                }
            }
        }
        return null;
    }
}
