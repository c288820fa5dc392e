package io.threeds.gateway.provider.firstoken;

import static io.threeds.gateway.provider.WireValues.addIfPresent;
import static io.threeds.gateway.provider.WireValues.firstOf;
import static io.threeds.gateway.provider.WireValues.object;
import static io.threeds.gateway.provider.WireValues.putIfPresent;
import static io.threeds.gateway.provider.WireValues.text;

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
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Firstoken's wire format (PROVIDERS.md §3.3) and the pure translation to the normalised model
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

    public static JsonObject setup(String referenceCode, Card card) {
        return Json.createObjectBuilder()
                .add("transaction_info", transactionInfo("setup", referenceCode))
                .add("card", card(card))
                .build();
    }

    /** Setup's answer: Cardinal's device data collection in a hidden iframe of the hosted page. */
    public static ProviderResult deviceDataCollection(JsonObject answer, Card card) {
        JsonObject auth = object(data(answer), "consumer_auth_info");
        String url = text(auth, "device_data_collection_url");
        String accessToken = text(auth, "access_token");
        String referenceId = text(auth, "reference_id");
        if (url == null || accessToken == null || referenceId == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "firstoken setup without a device data collection url, token or reference id", 200, null);
        }
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(REFERENCE_ID, referenceId);
        putIfPresent(refs, TOKEN, text(auth, "token"));
        putIfPresent(refs, "setup_transaction_id", firstOf(object(data(answer), "transaction_info"),
                "transactionId", "transaction_id"));
        refs.put(STEP, DEVICE_DATA);
        // Cardinal's collection form [X]: the setup's access_token as JWT, the card's first 6 to 9 digits as Bin.
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("JWT", accessToken);
        fields.put("Bin", card.number().substring(0, Math.min(9, card.number().length() - 4)));
        BrowserAction action = new BrowserAction("DEVICE_DATA", "POST", url, fields, "HIDDEN_IFRAME", null,
                DEVICE_DATA_BUDGET_MS, true);
        return new ProviderResult(pending(null, null), action, refs, null, List.of());
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
        try (JsonReader reader = Json.createReader(new StringReader(message))) {
            JsonObject json = reader.readObject();
            if (!"profile.completed".equals(text(json, "MessageType"))
                    || !refs.get(REFERENCE_ID).equals(text(json, "SessionId"))) {
                throw new BrowserRefusedException("device data collection message for another session");
            }
        } catch (JsonException | IllegalStateException e) {
            throw new BrowserRefusedException("device data collection message does not decode");
        }
    }

    public static JsonObject enroll(String referenceCode, NewAuthentication request, Map<String, String> refs,
                                    String returnUrl) {
        JsonObjectBuilder authentication = Json.createObjectBuilder()
                .add("reference_id", refs.get(REFERENCE_ID))
                .add("return_url", returnUrl)
                .add("device_channel", "Browser")
                .add("mode", "internet");
        addIfPresent(authentication, "token", refs.get(TOKEN));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("transaction_info", transactionInfo("check_enroll", referenceCode))
                .add("card", card(request.card()))
                .add("order_info", orderInfo(request.amount().value(), request.amount().currency(), false));
        if (request.billing() != null || request.customer() != null) {
            body.add("bill_to", billTo(request.billing(), request.customer()));
        }
        if (request.customer() != null && request.customer().phone() != null) {
            // The API has one phone; the seed sends the same number as phone_number and mobile_phone (002:191, 196).
            body.add("buyer_info", Json.createObjectBuilder().add("mobile_phone", request.customer().phone()));
        }
        if (request.browser() != null) {
            body.add("device_info", deviceInfo(request.browser()));
        }
        return body.add("authentication", authentication).build();
    }

    /**
     * Enroll's answer: a frictionless result, no 3-D Secure, or a step-up in a visible iframe. The
     * step-up's {@code pares_status} {@code C} is [X]; its {@code step_up_url}, {@code access_token} and the
     * form fields {@code JWT} and {@code MD} posted there are [X] (Cardinal's step-up), {@code MD} carrying
     * the gateway's authentication id is [P]; {@code authentication_transaction_id} is the seed's (002:240).
     */
    public static ProviderResult enrolled(JsonObject answer, Map<String, String> known, String authenticationId,
                                          String brand) {
        JsonObject auth = object(data(answer), "consumer_auth_info");
        Map<String, String> refs = refs(known, auth);
        String pares = text(auth, "pares_status");
        if ("C".equals(pares)) {
            String stepUpUrl = text(auth, "step_up_url");
            String accessToken = text(auth, "access_token");
            if (stepUpUrl == null || accessToken == null || text(auth, AUTHENTICATION_TRANSACTION) == null) {
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
    public static JsonObject validate(String referenceCode, NewAuthentication request, Map<String, String> refs) {
        return Json.createObjectBuilder()
                .add("transaction_info", transactionInfo("validate_result", referenceCode))
                .add("card", card(request.card()))
                .add("order_info", orderInfo(request.amount().value(), request.amount().currency(), false))
                .add("authentication", Json.createObjectBuilder()
                        .add("transaction_id", refs.get(AUTHENTICATION_TRANSACTION)))
                .build();
    }

    public static ProviderResult validated(JsonObject answer, Map<String, String> known, String brand) {
        JsonObject auth = object(data(answer), "consumer_auth_info");
        Map<String, String> refs = refs(known, auth);
        refs.remove(STEP);
        String version = text(auth, "specificationVersion");
        Flow flow = version != null && version.startsWith("1") ? Flow.THREEDS1 : Flow.CHALLENGE;
        return new ProviderResult(result(auth, brand, flow), null, refs, null, List.of());
    }

    /** A result from {@code consumer_auth_info}: {@code pares_status}, else {@code veres_enrolled}. */
    static ThreeDSResult result(JsonObject auth, String brand, Flow flow) {
        String pares = text(auth, "pares_status");
        String veres = text(auth, VERES);
        String eci = Eci.normalize(firstOf(auth, "eci", ECI_RAW));
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
        String reason = text(auth, "signed_pares_status_reason");
        if (actualFlow == Flow.NOT_APPLICABLE) {
            reason = "veres_enrolled " + veres;
        }
        Liability liability = Liability.decide(status, null, veres, eci, brand,
                eci == null || LIABILITY_ECIS.contains(eci), "ECI_RULE");
        RecommendedAction action = status == TransStatus.U || actualFlow == Flow.NOT_APPLICABLE
                ? RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT : RecommendedAction.forStatus(status, false);
        return new ThreeDSResult(status, reason, StatusSource.PROVIDER_API, eci, text(auth, "cavv"), text(auth, "xid"),
                text(auth, "directory_server_transaction_id"), text(auth, "acs_transaction_id"),
                firstOf(auth, "tree_dss_server_transaction_id", "ree_dss_server_transaction_id",
                        "three_ds_server_transaction_id"),
                text(auth, "specificationVersion"), veres, null, actualFlow, null, liability, action);
    }

    /** {@code /payments} with the authentication data as Firstoken's payment API takes it (§3.3.5). */
    public static JsonObject payment(String referenceCode, AuthorizationRequest request) {
        ThreeDSResult threeDS = request.threeDS();
        Map<String, String> refs = request.refs();
        JsonObjectBuilder authentication = Json.createObjectBuilder();
        addIfPresent(authentication, "eci", threeDS.eci());
        addIfPresent(authentication, ECI_RAW, refs.getOrDefault(ECI_RAW, threeDS.eci()));
        addIfPresent(authentication, "token", refs.get(TOKEN));
        addIfPresent(authentication, COMMERCE_INDICATOR, refs.get(COMMERCE_INDICATOR));
        addIfPresent(authentication, "pares_status", threeDS.flow() == Flow.NOT_APPLICABLE ? null
                : threeDS.transStatus().name());
        addIfPresent(authentication, VERES, threeDS.enrolled());
        addIfPresent(authentication, "acs_transaction_id", threeDS.acsTransactionId());
        addIfPresent(authentication, AUTHENTICATION_TRANSACTION, refs.get(AUTHENTICATION_TRANSACTION));
        addIfPresent(authentication, "cavv", threeDS.authenticationValue());
        addIfPresent(authentication, "xid", threeDS.xid());
        addIfPresent(authentication, "signed_pares_status_reason", threeDS.flow() == Flow.NOT_APPLICABLE ? null
                : threeDS.transStatusReason());
        addIfPresent(authentication, "specificationVersion", threeDS.threeDSVersion());
        addIfPresent(authentication, "tree_dss_server_transaction_id", threeDS.threeDSServerTransactionId());
        addIfPresent(authentication, "directory_server_transaction_id", threeDS.dsTransactionId());
        addIfPresent(authentication, ACS_REFERENCE, refs.get(ACS_REFERENCE));
        return Json.createObjectBuilder()
                .add("transaction_info", transactionInfo("payment", referenceCode))
                .add("card", card(request.card()))
                .add("order_info", orderInfo(request.amount().value(), request.amount().currency(), true))
                .add("authentication", authentication)
                .build();
    }

    public static AuthorizationResult paid(JsonObject answer, AuthorizationRequest request) {
        JsonObject info = object(data(answer), "transaction_info");
        boolean authorized = "Authorized".equals(text(info, "status"));
        JsonObject processor = object(data(answer), "processor_info");
        return new AuthorizationResult(authorized ? "AUTHORIZED" : "DECLINED", text(info, "transaction_id"),
                text(processor, "approval_code"), text(info, "response_code"), request.amount().value(),
                request.amount().currency(), null);
    }

    private static ThreeDSResult pending(TransStatus status, JsonObject auth) {
        return new ThreeDSResult(status, null, StatusSource.PROVIDER_API, null, null, null,
                auth == null ? null : text(auth, "directory_server_transaction_id"),
                auth == null ? null : text(auth, "acs_transaction_id"),
                auth == null ? null : firstOf(auth, "tree_dss_server_transaction_id", "ree_dss_server_transaction_id",
                        "three_ds_server_transaction_id"),
                auth == null ? null : text(auth, "specificationVersion"), auth == null ? null : text(auth, VERES),
                null, status == TransStatus.C ? Flow.CHALLENGE : null, null, new Liability(false, "ECI_RULE"),
                RecommendedAction.AWAIT_BROWSER);
    }

    /** Keeps the ids and the latest token a later call needs (G-F15: always send the newest token). */
    private static Map<String, String> refs(Map<String, String> known, JsonObject auth) {
        Map<String, String> refs = new LinkedHashMap<>(known);
        putIfPresent(refs, TOKEN, text(auth, "token"));
        putIfPresent(refs, AUTHENTICATION_TRANSACTION, text(auth, AUTHENTICATION_TRANSACTION));
        putIfPresent(refs, VERES, text(auth, VERES));
        putIfPresent(refs, ECI_RAW, text(auth, ECI_RAW));
        putIfPresent(refs, COMMERCE_INDICATOR, text(auth, COMMERCE_INDICATOR));
        putIfPresent(refs, ACS_REFERENCE, text(auth, ACS_REFERENCE));
        return refs;
    }

    private static JsonObject transactionInfo(String type, String referenceCode) {
        return Json.createObjectBuilder().add("type", type).add("reference_code", referenceCode).build();
    }

    private static JsonObject card(Card card) {
        return Json.createObjectBuilder().add("number", card.number())
                .add("expiration_date", String.format("%02d/%04d", card.expiryMonth(), card.expiryYear())).build();
    }

    private static JsonObject orderInfo(long value, String currency, boolean installments) {
        JsonObjectBuilder order = Json.createObjectBuilder().add("amount_details", Json.createObjectBuilder()
                .add("total_amount", totalAmount(value, currency)).add("currency", currency));
        if (installments) {
            order.add("installments", 1);
        }
        return order.build();
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

    private static JsonObject billTo(Billing billing, Customer customer) {
        JsonObjectBuilder bill = Json.createObjectBuilder();
        if (billing != null) {
            addIfPresent(bill, "first_name", billing.firstName());
            addIfPresent(bill, "last_name", billing.lastName());
            addIfPresent(bill, "country", billing.country());
            addIfPresent(bill, "address_1", billing.line1());
            addIfPresent(bill, "address_2", billing.line2());
            addIfPresent(bill, "city", billing.city());
            addIfPresent(bill, "state", billing.state());
            addIfPresent(bill, "postal_code", billing.postalCode());
        }
        if (customer != null) {
            addIfPresent(bill, "email", customer.email());
            addIfPresent(bill, "phone_number", customer.phone());
        }
        return bill.build();
    }

    private static JsonObject deviceInfo(BrowserInfo browser) {
        JsonObjectBuilder device = Json.createObjectBuilder();
        addIfPresent(device, "ip_address", browser.ipAddress());
        addIfPresent(device, "http_browser_color_depth", string(browser.colorDepth()));
        if (browser.javaEnabled() != null) {
            device.add("http_browser_java_enabled", browser.javaEnabled());
        }
        if (browser.javascriptEnabled() != null) {
            device.add("http_browser_js_enabled", browser.javascriptEnabled());
        }
        addIfPresent(device, "http_browser_screen_height", string(browser.screenHeight()));
        addIfPresent(device, "http_browser_screen_width", string(browser.screenWidth()));
        addIfPresent(device, "http_browser_time_offset", string(browser.timeZoneOffsetMinutes()));
        addIfPresent(device, "user_agent", browser.userAgent());
        addIfPresent(device, "http_browser_language", browser.language());
        return device.build();
    }

    private static JsonObject data(JsonObject answer) {
        return object(answer, "data");
    }

    private static String string(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
