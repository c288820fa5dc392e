package io.threeds.gateway.provider.intergiro;

import static io.threeds.gateway.provider.WireValues.addIfPresent;
import static io.threeds.gateway.provider.WireValues.object;
import static io.threeds.gateway.provider.WireValues.text;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Eci;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Intergiro's wire format (PROVIDERS.md §2.3, §2.4; the seed, 001:line) and the pure translation to the
 * normalised model (§7.8.2, §7.9.2): the request and its re-POSTs, the "verification required" steps as
 * browser actions, the browser's callbacks as {@code card.verification}, and the final answer as a result.
 * Of what the browser relays, the gateway reads the CRes only (EMV's message to the 3DS requestor), whose
 * transStatus is kept in the provider refs between rounds since the final 201 does not repeat it. The
 * 3-D Secure 1.0 PaRes is Intergiro's to read (a real ACS signs and deflates it): it is relayed as
 * received, and a 3-D Secure 1.0 result is inferred from Intergiro's answer.
 */
public final class IntergiroWire {
    static final String CYCLE = "cycleId";
    static final String STEP = "step";
    static final String SERVER_TRANS = "threeDSServerTransID";
    static final String ACS_TRANS = "acsTransID";
    static final String VERSION = "messageVersion";
    static final String MD = "MD";
    /** The transStatus of the CRes the browser relayed. */
    static final String SEEN_STATUS = "seenStatus";
    /** The authenticating step whose result the browser relayed: {@code challenge} or {@code pares}. */
    static final String SEEN_IN = "seenIn";
    static final String AUTHORIZATION = "authorizationId";
    static final String METHOD = "method";
    static final String CHALLENGE = "challenge";
    static final String PARES = "pares";
    static final String ANTIFRAUD = "antifraud";
    /** EMV's budget for a 3DS Method before the authentication goes on without it. */
    static final int METHOD_BUDGET_MS = 10_000;
    /** The longest PaRes relayed: our assumption, the limit Paysafe documents for the same message (003:18). */
    static final int PARES_MAX_CHARS = 65_536;
    private static final String VERIFICATION_REQUIRED = "verification required";
    /** Standard or URL-safe base64, padded or not, MIME line breaks allowed. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_=\\-\\r\\n]+");
    private static final Set<String> SHIFTING = Set.of("Y", "A");

    private IntergiroWire() {
    }

    /**
     * The authorization request. Every round is built from the same held request, so a re-POST repeats
     * every field of the previous call and adds only the cycle {@code id} and the updated card (001:92,
     * 329-332). {@code number}, {@code amount} (major units) and {@code currency} are not in the seed:
     * [X] Intergiro's portal (PROVIDERS.md §2.3.1), as are the endpoint and the Bearer key (G-I1, I7).
     *
     * @param card    the card object, or the antifraud card token ({@link #card})
     * @param cycleId the {@code id} of the "verification required" error, on a re-POST only (001:331)
     */
    public static JsonObject request(NewAuthentication request, JsonValue card, String callback, String cycleId) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (cycleId != null) {
            body.add("id", cycleId);
        }
        body.add("number", request.merchantReference())
                .add("amount", majorUnits(request.amount()))
                .add("currency", request.amount().currency())
                .add("card", card)
                .add("client", Json.createObjectBuilder().add("callback", callback)); // 001:179, 260, 311
        if (request.browser() != null) {
            body.add("browser", browser(request.browser()));
        }
        return body.build();
    }

    /**
     * The shopper's browser. [X] Intergiro's portal names a {@code browser} member but the seed does not
     * show it; its members are those of the browser in the seed's decoded card token (001:314:
     * {@code colorDepth}, {@code resolution [width, height]}, {@code java}, {@code javascript},
     * {@code locale}, {@code timezone} in minutes behind UTC as EMV's, {@code ip}); {@code userAgent} is our
     * assumption.
     */
    private static JsonObject browser(BrowserInfo browser) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (browser.colorDepth() != null) {
            json.add("colorDepth", browser.colorDepth());
        }
        if (browser.screenWidth() != null && browser.screenHeight() != null) {
            json.add("resolution", Json.createArrayBuilder().add(browser.screenWidth()).add(browser.screenHeight()));
        }
        if (browser.javaEnabled() != null) {
            json.add("java", browser.javaEnabled());
        }
        if (browser.javascriptEnabled() != null) {
            json.add("javascript", browser.javascriptEnabled());
        }
        addIfPresent(json, "locale", browser.language());
        if (browser.timeZoneOffsetMinutes() != null) {
            json.add("timezone", browser.timeZoneOffsetMinutes());
        }
        addIfPresent(json, "ip", browser.ipAddress());
        addIfPresent(json, "userAgent", browser.userAgent());
        return json.build();
    }

    /**
     * The request's card. Without a token: the card object (001:94-105), {@code csc} only when the merchant
     * gave one (API.md §2), with the verification the browser brought. Once antifraud gave a card token, the
     * token is the card for every later round (001:317-323); a verification then goes beside it as
     * {@code {token, verification}}: our assumption (PROVIDERS.md G-I9), since the seed sends tokens to a
     * "Card update" it does not document (001:108, 201, 282).
     */
    public static JsonValue card(Card card, String token, JsonObject verification) {
        if (token != null) {
            return verification == null ? Json.createValue(token)
                    : Json.createObjectBuilder().add("token", token).add("verification", verification).build();
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("pan", card.number())
                .add("expires", Json.createArrayBuilder().add(card.expiryMonth()).add(card.expiryYear() % 100));
        if (card.securityCode() != null) {
            json.add("csc", card.securityCode());
        }
        if (verification != null) {
            json.add("verification", verification);
        }
        return json.build();
    }

    /** Amounts are in major units at Intergiro ({@code 10} or {@code 7.5} EUR): [X], PROVIDERS.md §2.3.1. */
    static BigDecimal majorUnits(Amount amount) {
        int digits = Math.max(0, Currency.getInstance(amount.currency()).getDefaultFractionDigits());
        BigDecimal major = BigDecimal.valueOf(amount.value()).movePointLeft(digits).stripTrailingZeros();
        return major.scale() < 0 ? major.setScale(0) : major;
    }

    /**
     * Intergiro's answer to a POST or re-POST: another browser step, or the end of the cycle.
     *
     * @param refs what is known so far: the cycle, the pending step, what the browser relayed
     */
    public static ProviderResult interpret(int status, JsonObject answer, Map<String, String> refs,
                                           String callbackBase, String brand, long amountValue, String currency) {
        if (status == 400 && VERIFICATION_REQUIRED.equals(text(answer, "error"))) {
            return step(answer, refs, callbackBase);
        }
        Map<String, String> known = new LinkedHashMap<>(refs);
        known.remove(STEP);
        if (status == 201) {
            known.put(AUTHORIZATION, text(answer, "id"));
            AuthorizationResult authorized = new AuthorizationResult("AUTHORIZED", text(answer, "id"), null, "201",
                    amountValue, currency, null);
            return new ProviderResult(authorizedResult(refs, brand), null, known, authorized, List.of());
        }
        String reason = reason(status, answer);
        String seen = refs.get(SEEN_STATUS);
        boolean failureSeen = seen != null && !SHIFTING.contains(seen);
        if (failureSeen || refs.containsKey(CYCLE) && refusesTheCard(status, answer)) {
            AuthorizationResult declined = new AuthorizationResult("DECLINED", null, null, reason, amountValue,
                    currency, null);
            return new ProviderResult(failedResult(refs, brand, reason), null, known, declined, List.of());
        }
        throw new ProviderException(ProviderException.Kind.BAD_ANSWER, "intergiro refused the request: " + reason,
                status, null);
    }

    /**
     * An error about the card, in the one error shape the seed documents (001:19-39, 118-140, 211-231,
     * 292-307): HTTP and {@code status} 400, {@code content.property "card"}. Once the browser answered a
     * verification, such an error that is not "verification required" is that verification failing,
     * whatever its words: the seed gives none for a failure (G-I10), so none is relied on.
     */
    private static boolean refusesTheCard(int status, JsonObject answer) {
        return status == 400 && "card".equals(text(object(answer, "content"), "property"));
    }

    private static String reason(int status, JsonObject answer) {
        String error = text(answer, "error");
        String description = text(object(answer, "content"), "description");
        return error != null ? error : description != null ? description : "HTTP " + status;
    }

    private static ProviderResult step(JsonObject answer, Map<String, String> refs, String callbackBase) {
        JsonObject details = object(object(answer, "content"), "details");
        JsonObject data = object(details, "data");
        String url = text(details, "url");
        // G-I5: the seed's challenge error has no id (001:118-140); the cycle keeps the one it has.
        String cycle = text(answer, "id") != null ? text(answer, "id") : refs.get(CYCLE);
        if (url == null || cycle == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "intergiro asked for a verification without a url or a cycle id", 400, null);
        }
        Map<String, String> next = new LinkedHashMap<>(refs);
        next.put(CYCLE, cycle);
        BrowserAction action;
        String kind;
        if ("GET".equalsIgnoreCase(text(details, "method"))) {
            kind = ANTIFRAUD; // 001:288, 309
            action = new BrowserAction("ANTIFRAUD", "GET", url, Map.of(), frame(details, false), null);
        } else if (METHOD.equals(text(data, "type"))) {
            kind = METHOD;
            next.put(SERVER_TRANS, text(data, "threeDSServerTransID"));
            next.put(VERSION, text(data, "messageVersion"));
            String methodData = base64Url(Json.createObjectBuilder() // 001:41-55
                    .add("threeDSServerTransID", text(data, "threeDSServerTransID"))
                    .add("threeDSMethodNotificationURL", HostedPageUrls.methodComplete(callbackBase)).build().toString());
            action = new BrowserAction("METHOD", "POST", url, Map.of("threeDSMethodData", methodData),
                    frame(details, false), null, METHOD_BUDGET_MS);
        } else if (CHALLENGE.equals(text(data, "type"))) {
            kind = CHALLENGE;
            next.put(SERVER_TRANS, text(data, "threeDSServerTransID"));
            next.put(ACS_TRANS, text(data, "acsTransID"));
            next.put(VERSION, text(data, "messageVersion"));
            JsonObjectBuilder creq = Json.createObjectBuilder(data); // 001:142: everything but type
            creq.remove("type");
            action = new BrowserAction("CHALLENGE", "POST", url, Map.of("creq", base64Url(creq.build().toString())),
                    frame(details, true), text(data, "challengeWindowSize"));
        } else if (text(data, "PaReq") != null) {
            kind = PARES;
            next.put(MD, text(data, "MD"));
            Map<String, String> fields = new LinkedHashMap<>(); // 001:236-237, verbatim
            fields.put("PaReq", text(data, "PaReq"));
            fields.put("TermUrl", text(data, "TermUrl"));
            fields.put("MD", text(data, "MD"));
            action = new BrowserAction("CHALLENGE", "POST", url, fields, frame(details, true), "02");
        } else {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "intergiro asked for a verification of an unknown kind", 400, null);
        }
        next.put(STEP, kind);
        boolean challenge = CHALLENGE.equals(kind) || PARES.equals(kind);
        ThreeDSResult pending = new ThreeDSResult(challenge ? TransStatus.C : null, null, StatusSource.PROVIDER_API,
                null, null, null, null, next.get(ACS_TRANS), next.get(SERVER_TRANS),
                PARES.equals(kind) ? "1.0.2" : next.get(VERSION), ANTIFRAUD.equals(kind) ? null : "Y", null,
                challenge ? (PARES.equals(kind) ? Flow.THREEDS1 : Flow.CHALLENGE) : null, null,
                new Liability(false, "UNDETERMINED"), RecommendedAction.AWAIT_BROWSER);
        return new ProviderResult(pending, action, next, null, List.of());
    }

    /**
     * Where the step runs: {@code details.visible} decides between a visible and a hidden iframe (001:7);
     * only when it is missing does the seed's usual rendering of the kind apply (method hidden, 001:52;
     * challenge and 3-D Secure 1.0 visible, 001:154, 235).
     */
    private static String frame(JsonObject details, boolean visibleByDefault) {
        JsonValue visible = details.get("visible");
        boolean shown = visible != null && (visible.getValueType() == JsonValue.ValueType.TRUE
                || visible.getValueType() == JsonValue.ValueType.FALSE)
                ? visible.getValueType() == JsonValue.ValueType.TRUE : visibleByDefault;
        return shown ? "VISIBLE_IFRAME" : "HIDDEN_IFRAME";
    }

    /**
     * A 201: authenticated as the CRes showed it; inferred after a 3-D Secure 1.0 step (the PaRes is not
     * read) or after a method step only; or no 3-D Secure at all.
     */
    private static ThreeDSResult authorizedResult(Map<String, String> refs, String brand) {
        String seen = refs.get(SEEN_STATUS);
        if (seen != null) {
            return seenResult(refs, brand, TransStatus.valueOf(seen));
        }
        if (PARES.equals(refs.get(SEEN_IN))) {
            return inferred("inferred from the authorization after the 3-D Secure 1.0 step", Flow.THREEDS1,
                    "1.0.2", refs);
        }
        if (refs.containsKey(CYCLE)) {
            return inferred("inferred from the authorization after " + refs.get(STEP), Flow.FRICTIONLESS,
                    refs.get(VERSION), refs);
        }
        return new ThreeDSResult(TransStatus.U, "authorized without 3-D Secure", StatusSource.INFERRED,
                Eci.none(brand), null, null, null, null, null, null, null, null, Flow.NOT_APPLICABLE, null,
                new Liability(false, "UNDETERMINED"), RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT);
    }

    private static ThreeDSResult inferred(String reason, Flow flow, String version, Map<String, String> refs) {
        return new ThreeDSResult(TransStatus.Y, reason, StatusSource.INFERRED, null, null, null, null,
                refs.get(ACS_TRANS), refs.get(SERVER_TRANS), version, "Y", null, flow, null,
                new Liability(false, "UNDETERMINED"), RecommendedAction.PROCEED);
    }

    /** A refusal after the browser answered a verification: the CRes's N, R or U if it showed one (§7.9.2), else E. */
    private static ThreeDSResult failedResult(Map<String, String> refs, String brand, String reason) {
        String seen = refs.get(SEEN_STATUS);
        if (seen != null && !SHIFTING.contains(seen)) {
            return seenResult(refs, brand, TransStatus.valueOf(seen));
        }
        boolean threeDS1 = PARES.equals(refs.get(SEEN_IN));
        return new ThreeDSResult(TransStatus.E, "intergiro: " + reason, StatusSource.PROVIDER_API, Eci.none(brand),
                null, null, null, refs.get(ACS_TRANS), refs.get(SERVER_TRANS),
                threeDS1 ? "1.0.2" : refs.get(VERSION), "Y", null,
                threeDS1 ? Flow.THREEDS1 : refs.containsKey(SEEN_IN) ? Flow.CHALLENGE : Flow.FRICTIONLESS, null,
                new Liability(false, "UNDETERMINED"), RecommendedAction.DO_NOT_PROCEED);
    }

    /** The result the CRes showed. */
    private static ThreeDSResult seenResult(Map<String, String> refs, String brand, TransStatus status) {
        String eci = SHIFTING.contains(status.name()) ? null : Eci.none(brand);
        Liability liability = Liability.decide(status, null, "Y", eci, brand, true, "ECI_RULE");
        return new ThreeDSResult(status, null, StatusSource.BROWSER_MESSAGE, eci, null, null, null,
                refs.get(ACS_TRANS), refs.get(SERVER_TRANS), refs.get(VERSION), "Y", null, Flow.CHALLENGE, null,
                liability, RecommendedAction.forStatus(status, false));
    }

    /**
     * What the browser brought back for the pending step, as Intergiro wants it in the re-POST, with what
     * it showed of the result. Anything that does not answer the pending step is refused.
     */
    public static Callback callback(Map<String, String> refs, BrowserResult browser) {
        String step = refs.get(STEP);
        if (step == null) {
            throw new BrowserRefusedException("no intergiro step is pending");
        }
        Map<String, String> seen = new LinkedHashMap<>();
        switch (step) {
            case METHOD -> {
                if (browser.get("threeDSMethodData") != null) {
                    JsonObject notification = decode(browser.get("threeDSMethodData"));
                    if (!refs.get(SERVER_TRANS).equals(text(notification, "threeDSServerTransID"))) {
                        throw new BrowserRefusedException("method notification for another transaction");
                    }
                } else if (!"true".equals(browser.get("timeout"))) {
                    throw new BrowserRefusedException("not a method notification");
                }
                // 001:82-103: the notification's id (the error's, checked above) and the error's version,
                // nothing more. A method that never notified within its budget gets the same verification:
                // the seed is silent on it (G-I7), so that is our assumption.
                JsonObject verification = Json.createObjectBuilder().add("type", METHOD)
                        .add("data", Json.createObjectBuilder().add("threeDSServerTransID", refs.get(SERVER_TRANS))
                                .add("messageVersion", refs.get(VERSION))).build();
                return new Callback(verification, null, seen);
            }
            case CHALLENGE -> {
                String cres = require(browser, "cres");
                JsonObject decoded = decode(cres);
                if (!"CRes".equals(text(decoded, "messageType"))
                        || !refs.get(SERVER_TRANS).equals(text(decoded, "threeDSServerTransID"))) {
                    throw new BrowserRefusedException("CRes for another transaction");
                }
                seen.put(SEEN_STATUS, status(text(decoded, "transStatus")));
                seen.put(SEEN_IN, CHALLENGE);
                // 001:196: the cres string as received.
                return new Callback(Json.createObjectBuilder().add("type", CHALLENGE).add("data", cres).build(), null,
                        seen);
            }
            case PARES -> {
                String paRes = require(browser, "PaRes");
                // Unread: Intergiro verifies it. Checked are what the gateway can know: the MD it was given,
                // when the ACS sends it back (the seed's callback carries PaRes alone, 001:260-262, G-I8), and
                // that the PaRes is a base64 message of a sane size.
                String md = browser.get("MD");
                if (md != null && !md.equals(refs.get(MD))) {
                    throw new BrowserRefusedException("PaRes for another transaction");
                }
                if (paRes.length() > PARES_MAX_CHARS || !BASE64.matcher(paRes).matches()) {
                    throw new BrowserRefusedException("the PaRes is not a base64 message of at most "
                            + PARES_MAX_CHARS + " characters");
                }
                seen.put(SEEN_IN, PARES);
                return new Callback(Json.createObjectBuilder().add("type", PARES).add("data", paRes).build(), null,
                        seen);
            }
            case ANTIFRAUD -> {
                String token = require(browser, "card"); // 001:311-314
                if (token.chars().filter(c -> c == '.').count() != 2) {
                    throw new BrowserRefusedException("the card token is not a JWT");
                }
                return new Callback(null, token, seen);
            }
            default -> throw new BrowserRefusedException("unknown intergiro step " + step);
        }
    }

    /** The re-POST's card: the verification to add to the card, or a new card token that replaces it. */
    public record Callback(JsonObject verification, String cardToken, Map<String, String> seen) {
        /** Never prints the verification's data (a CRes, a PaRes) or the card token. */
        @Override
        public String toString() {
            return "Callback[" + (verification == null ? "card token" : verification.getString("type", "?")) + "]";
        }
    }

    private static String status(String transStatus) {
        if (transStatus == null || !Set.of("Y", "A", "N", "U", "R").contains(transStatus)) {
            throw new BrowserRefusedException("the browser's result carries no usable status");
        }
        return transStatus;
    }

    private static String require(BrowserResult browser, String field) {
        String value = browser.get(field);
        if (value == null || value.isBlank()) {
            throw new BrowserRefusedException("the callback has no " + field);
        }
        return value;
    }

    static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** base64url JSON, padded or not (and tolerating the standard alphabet). */
    static JsonObject decode(String encoded) {
        try {
            String urlSafe = encoded.trim().replace('+', '-').replace('/', '_').replace("=", "");
            String json = new String(Base64.getUrlDecoder().decode(urlSafe), StandardCharsets.UTF_8);
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readObject();
            }
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new BrowserRefusedException("the callback's data does not decode");
        }
    }
}
