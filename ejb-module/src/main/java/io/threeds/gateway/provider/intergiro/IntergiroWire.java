package io.threeds.gateway.provider.intergiro;

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
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
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
 * Intergiro's wire format (PROVIDERS.md §2.3, §2.4; the seed, 001:line) as records, and the pure translation
 * to the normalised model (§7.8.2, §7.9.2): the request and its re-POSTs, the "verification required" steps as
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
     * The authorization request (§2.3.1). Every round is built from the same held request, so a re-POST
     * repeats every field of the previous call and adds only the cycle {@code id} and the updated card
     * (001:92, 329-332). {@code number}, {@code amount} (major units) and {@code currency} are not in the
     * seed: [X] Intergiro's portal (PROVIDERS.md §2.3.1), as are the endpoint and the Bearer key (G-I1, I7).
     *
     * @param id   the {@code id} of the "verification required" error, on a re-POST only (001:331)
     * @param card a {@link CreatableCard}, a card token (its JWT string) or a {@link VerifiedToken}: Intergiro's
     *             {@code Card.Creatable | Card.Token}
     */
    public record Authorization(String id, String number, BigDecimal amount, String currency, Object card,
                                Client client, Browser browser) {
        /** Never prints the card or its token. */
        @Override
        public String toString() {
            return "Authorization[" + (id == null ? number : number + ", cycle " + id) + "]";
        }
    }

    /** Where the ACS and the antifraud page post the browser's result (001:179, 260, 311). */
    public record Client(String callback) {
    }

    /**
     * The shopper's browser. [X] Intergiro's portal names a {@code browser} member but the seed does not
     * show it; its members are those of the browser in the seed's decoded card token (001:314:
     * {@code colorDepth}, {@code resolution [width, height]}, {@code java}, {@code javascript},
     * {@code locale}, {@code timezone} in minutes behind UTC as EMV's, {@code ip}); {@code userAgent} is our
     * assumption.
     */
    public record Browser(Integer colorDepth, List<Integer> resolution, Boolean java, Boolean javascript,
                          String locale, Integer timezone, String ip, String userAgent) {
    }

    /** A {@code Card.Creatable} (001:94-105): {@code expires} is {@code [month, two-digit year]}. */
    public record CreatableCard(String pan, List<Integer> expires, String csc, Verification verification) {
        /** Never prints the card number or its code. */
        @Override
        public String toString() {
            return "CreatableCard[" + verification + "]";
        }
    }

    /** A card token with a verification beside it: our assumption (G-I9). */
    public record VerifiedToken(String token, Verification verification) {
        /** Never prints the token, which stands for the card. */
        @Override
        public String toString() {
            return "VerifiedToken[" + verification + "]";
        }
    }

    /**
     * {@code card.verification} (§2.4): its {@code data} a {@link MethodVerification} for a method, the
     * string relayed as received for a challenge (the cres) or a 3-D Secure 1.0 step (the PaRes).
     */
    public record Verification(String type, Object data) {
        /** Never prints the data (a CRes, a PaRes). */
        @Override
        public String toString() {
            return "Verification[" + type + "]";
        }
    }

    /** A method's verification data: the notification's transaction and the error's version (001:82-103). */
    public record MethodVerification(String threeDSServerTransID, String messageVersion) {
    }

    /**
     * Intergiro's answer: an {@code Authorization} (201, its {@code id}), or an error (§2.3.1), the
     * "verification required" one carrying the browser step in {@code content.details}.
     */
    public record AuthorizationAnswer(String id, String error, ErrorContent content) {
    }

    public record ErrorContent(String property, String description, StepDetails details) {
    }

    /** {@code visible} decides the frame; {@code data} is absent for the antifraud GET. */
    public record StepDetails(Boolean visible, String method, String url, StepData data) {
    }

    /**
     * {@code content.details.data} of every kind (§2.3.1): {@code type} {@code method} or {@code challenge}
     * (its members the CReq's), or a 3-D Secure 1.0 step's {@code PaReq}, {@code TermUrl} and {@code MD}.
     */
    public record StepData(String type, String threeDSServerTransID, String acsTransID, String messageVersion,
                           String messageType, String challengeWindowSize, @JsonbProperty("PaReq") String paReq,
                           @JsonbProperty("TermUrl") String termUrl, @JsonbProperty("MD") String md) {
    }

    /** The 3DS Method's form data (§2.4.1 step 1, G-I2: the spec's names). */
    public record MethodForm(String threeDSServerTransID, String threeDSMethodNotificationURL) {
    }

    /** The CReq: everything in the challenge's {@code data} but {@code type} (001:142, §2.4.2). */
    public record ChallengeRequest(String threeDSServerTransID, String acsTransID, String messageVersion,
                                   String messageType, String challengeWindowSize) {
    }

    /** What the gateway reads of a message the browser relays: the method notification or the CRes. */
    public record BrowserMessage(String messageType, String threeDSServerTransID, String transStatus) {
    }

    public static Authorization request(NewAuthentication request, Object card, String callback, String cycleId) {
        return new Authorization(cycleId, request.merchantReference(), majorUnits(request.amount()),
                request.amount().currency(), card, new Client(callback), browser(request.browser()));
    }

    private static Browser browser(BrowserInfo browser) {
        if (browser == null) {
            return null;
        }
        List<Integer> resolution = browser.screenWidth() != null && browser.screenHeight() != null
                ? List.of(browser.screenWidth(), browser.screenHeight()) : null;
        return new Browser(browser.colorDepth(), resolution, browser.javaEnabled(), browser.javascriptEnabled(),
                browser.language(), browser.timeZoneOffsetMinutes(), browser.ipAddress(), browser.userAgent());
    }

    /**
     * The request's card. Without a token: the card object (001:94-105), {@code csc} only when the merchant
     * gave one (API.md §2), with the verification the browser brought. Once antifraud gave a card token, the
     * token is the card for every later round (001:317-323); a verification then goes beside it as
     * {@code {token, verification}}: our assumption (PROVIDERS.md G-I9), since the seed sends tokens to a
     * "Card update" it does not document (001:108, 201, 282).
     */
    public static Object card(Card card, String token, Verification verification) {
        if (token != null) {
            return verification == null ? token : new VerifiedToken(token, verification);
        }
        return new CreatableCard(card.number(), List.of(card.expiryMonth(), card.expiryYear() % 100),
                card.securityCode(), verification);
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
    public static ProviderResult interpret(int status, AuthorizationAnswer answer, Map<String, String> refs,
                                           String callbackBase, String brand, long amountValue, String currency) {
        if (status == 400 && VERIFICATION_REQUIRED.equals(answer.error())) {
            return step(answer, refs, callbackBase);
        }
        Map<String, String> known = new LinkedHashMap<>(refs);
        known.remove(STEP);
        if (status == 201) {
            known.put(AUTHORIZATION, answer.id());
            AuthorizationResult authorized = new AuthorizationResult("AUTHORIZED", answer.id(), null, "201",
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
    private static boolean refusesTheCard(int status, AuthorizationAnswer answer) {
        return status == 400 && answer.content() != null && "card".equals(answer.content().property());
    }

    private static String reason(int status, AuthorizationAnswer answer) {
        String description = answer.content() == null ? null : answer.content().description();
        return answer.error() != null ? answer.error() : description != null ? description : "HTTP " + status;
    }

    private static ProviderResult step(AuthorizationAnswer answer, Map<String, String> refs, String callbackBase) {
        StepDetails details = answer.content() == null || answer.content().details() == null
                ? new StepDetails(null, null, null, null) : answer.content().details();
        StepData data = details.data() == null
                ? new StepData(null, null, null, null, null, null, null, null, null) : details.data();
        String url = details.url();
        // G-I5: the seed's challenge error has no id (001:118-140); the cycle keeps the one it has.
        String cycle = answer.id() != null ? answer.id() : refs.get(CYCLE);
        if (url == null || cycle == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "intergiro asked for a verification without a url or a cycle id", 400, null);
        }
        Map<String, String> next = new LinkedHashMap<>(refs);
        next.put(CYCLE, cycle);
        BrowserAction action;
        String kind;
        if ("GET".equalsIgnoreCase(details.method())) {
            kind = ANTIFRAUD; // 001:288, 309
            action = new BrowserAction("ANTIFRAUD", "GET", url, Map.of(), frame(details, false), null);
        } else if (METHOD.equals(data.type())) {
            kind = METHOD;
            next.put(SERVER_TRANS, data.threeDSServerTransID());
            next.put(VERSION, data.messageVersion());
            String methodData = base64Url(ProviderJson.write(new MethodForm(data.threeDSServerTransID(), // 001:41-55
                    HostedPageUrls.methodComplete(callbackBase))));
            action = new BrowserAction("METHOD", "POST", url, Map.of("threeDSMethodData", methodData),
                    frame(details, false), null, METHOD_BUDGET_MS);
        } else if (CHALLENGE.equals(data.type())) {
            kind = CHALLENGE;
            next.put(SERVER_TRANS, data.threeDSServerTransID());
            next.put(ACS_TRANS, data.acsTransID());
            next.put(VERSION, data.messageVersion());
            ChallengeRequest creq = new ChallengeRequest(data.threeDSServerTransID(), data.acsTransID(),
                    data.messageVersion(), data.messageType(), data.challengeWindowSize());
            action = new BrowserAction("CHALLENGE", "POST", url, Map.of("creq", base64Url(ProviderJson.write(creq))),
                    frame(details, true), data.challengeWindowSize());
        } else if (data.paReq() != null) {
            kind = PARES;
            next.put(MD, data.md());
            Map<String, String> fields = new LinkedHashMap<>(); // 001:236-237, verbatim
            fields.put("PaReq", data.paReq());
            fields.put("TermUrl", data.termUrl());
            fields.put("MD", data.md());
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
    private static String frame(StepDetails details, boolean visibleByDefault) {
        boolean shown = details.visible() == null ? visibleByDefault : details.visible();
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
                    BrowserMessage notification = decode(browser.get("threeDSMethodData"));
                    if (!refs.get(SERVER_TRANS).equals(notification.threeDSServerTransID())) {
                        throw new BrowserRefusedException("method notification for another transaction");
                    }
                } else if (!"true".equals(browser.get("timeout"))) {
                    throw new BrowserRefusedException("not a method notification");
                }
                // 001:82-103: the notification's id (the error's, checked above) and the error's version,
                // nothing more. A method that never notified within its budget gets the same verification:
                // the seed is silent on it (G-I7), so that is our assumption.
                Verification verification = new Verification(METHOD,
                        new MethodVerification(refs.get(SERVER_TRANS), refs.get(VERSION)));
                return new Callback(verification, null, seen);
            }
            case CHALLENGE -> {
                String cres = require(browser, "cres");
                BrowserMessage decoded = decode(cres);
                if (!"CRes".equals(decoded.messageType())
                        || !refs.get(SERVER_TRANS).equals(decoded.threeDSServerTransID())) {
                    throw new BrowserRefusedException("CRes for another transaction");
                }
                seen.put(SEEN_STATUS, status(decoded.transStatus()));
                seen.put(SEEN_IN, CHALLENGE);
                // 001:196: the cres string as received.
                return new Callback(new Verification(CHALLENGE, cres), null, seen);
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
                return new Callback(new Verification(PARES, paRes), null, seen);
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
    public record Callback(Verification verification, String cardToken, Map<String, String> seen) {
        /** Never prints the verification's data (a CRes, a PaRes) or the card token. */
        @Override
        public String toString() {
            return "Callback[" + (verification == null ? "card token" : verification.type()) + "]";
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

    /** A message the browser relayed: base64url JSON, padded or not (and tolerating the standard alphabet). */
    static BrowserMessage decode(String encoded) {
        try {
            String urlSafe = encoded.trim().replace('+', '-').replace('/', '_').replace("=", "");
            return ProviderJson.read(new String(Base64.getUrlDecoder().decode(urlSafe), StandardCharsets.UTF_8),
                    BrowserMessage.class);
        } catch (IllegalArgumentException | JsonbException e) {
            throw new BrowserRefusedException("the callback's data does not decode");
        }
    }
}
