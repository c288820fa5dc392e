package io.threeds.gateway.provider.paysafe;

import static io.threeds.gateway.provider.WireValues.addIfPresent;
import static io.threeds.gateway.provider.WireValues.text;

import io.threeds.gateway.emv.Eci;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.AuthorizationRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Paysafe's wire format (PROVIDERS.md §4.3) and the pure translation to the normalised model
 * (§7.8.4, §7.9.4). No I/O: unit-tested against the seed's example answer.
 */
public final class PaysafeWire {
    public static final String REF_ENROLLMENT_ID = "enrollmentId";
    public static final String REF_ENROLLMENT = "threeDEnrollment";
    public static final String REF_AUTHENTICATION_ID = "paysafeAuthenticationId";
    private static final Set<String> RESULTS = Set.of("Y", "A", "N", "U", "E");
    private static final String VERSION = "1.0.2";

    private PaysafeWire() {
    }

    /** The enrollment lookup (§4.3.3). */
    public static JsonObject enrollmentCheck(String merchantRefNum, NewAuthentication request, String merchantUrl) {
        BrowserInfo browser = request.browser();
        return Json.createObjectBuilder()
                .add("merchantRefNum", merchantRefNum)
                .add("amount", request.amount().value())
                .add("currency", request.amount().currency())
                .add("card", Json.createObjectBuilder()
                        .add("cardNum", request.card().number())
                        .add("cardExpiry", Json.createObjectBuilder()
                                .add("month", request.card().expiryMonth())
                                .add("year", request.card().expiryYear())))
                .add("customerIp", browser.ipAddress())
                .add("userAgent", browser.userAgent())
                .add("acceptHeader", browser.acceptHeader())
                .add("merchantUrl", merchantUrl)
                .build();
    }

    /**
     * The enrollment answer: enrolled cards go to the ACS with PaReq, TermUrl and MD (the gateway's id,
     * echoed back with the PaRes); a card not enrolled, or whose enrollment is unknown, has no 3-D Secure.
     */
    public static Enrollment enrollment(JsonObject answer, String termUrl, String md, String brand) {
        String enrolled = text(answer, "threeDEnrollment");
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(REF_ENROLLMENT_ID, text(answer, "id"));
        refs.put(REF_ENROLLMENT, enrolled == null ? "U" : enrolled);
        if ("Y".equals(enrolled) && text(answer, "acsURL") != null && text(answer, "paReq") != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("PaReq", text(answer, "paReq"));
            fields.put("TermUrl", termUrl);
            fields.put("MD", md);
            BrowserAction action = new BrowserAction("CHALLENGE", "POST", text(answer, "acsURL"), fields,
                    "VISIBLE_IFRAME", null);
            ThreeDSResult pending = new ThreeDSResult(TransStatus.C, null, StatusSource.PROVIDER_API, null, null,
                    null, null, null, null, VERSION, "Y", null, Flow.THREEDS1, null,
                    new Liability(false, "PAYSAFE_RESULT_TABLE"), RecommendedAction.AWAIT_BROWSER);
            return new Enrollment(pending, action, refs);
        }
        String state = "N".equals(enrolled) ? "N" : "U";
        String eci = Eci.normalize(text(answer, "eci"));
        ThreeDSResult notEnrolled = new ThreeDSResult(TransStatus.U, "threeDEnrollment " + state,
                StatusSource.PROVIDER_API, eci == null ? Eci.none(brand) : eci, null, null, null, null, null, null,
                state, null, Flow.NOT_APPLICABLE, null, new Liability(false, "PAYSAFE_RESULT_TABLE"),
                RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT);
        return new Enrollment(notEnrolled, null, refs);
    }

    /** What the enrollment check decided: a result, and the ACS step when the card is enrolled. */
    public record Enrollment(ThreeDSResult result, BrowserAction acs, Map<String, String> refs) {
    }

    public static JsonObject validation(String merchantRefNum, String paRes) {
        return Json.createObjectBuilder().add("merchantRefNum", merchantRefNum).add("paRes", paRes).build();
    }

    /**
     * Paysafe's validated result. Liability needs Y or A <em>and</em> a verified PaRes signature; a
     * result whose signature did not verify is not to be trusted at all ({@code DO_NOT_PROCEED}).
     */
    public static ThreeDSResult result(JsonObject answer, String brand) {
        String status = text(answer, "status");
        String reported = text(answer, "threeDResult");
        TransStatus transStatus = "COMPLETED".equals(status) && reported != null && RESULTS.contains(reported)
                ? TransStatus.valueOf(reported) : TransStatus.E;
        String signature = text(answer, "signatureStatus");
        String eci = Eci.normalize(text(answer, "eci"));
        if (eci == null && transStatus != TransStatus.Y && transStatus != TransStatus.A) {
            eci = Eci.none(brand);
        }
        boolean signed = "Y".equals(signature);
        Liability liability = Liability.decide(transStatus, signature, "Y", eci, brand, signed,
                "PAYSAFE_RESULT_TABLE");
        RecommendedAction action = !signed && (transStatus == TransStatus.Y || transStatus == TransStatus.A)
                ? RecommendedAction.DO_NOT_PROCEED : RecommendedAction.forStatus(transStatus, false);
        String reason = transStatus == TransStatus.E ? "paysafe status " + status + ", threeDResult " + reported
                : signed ? null : "PaRes signature not verified";
        return new ThreeDSResult(transStatus, reason, StatusSource.PROVIDER_API, eci, text(answer, "cavv"),
                text(answer, "xid"), null, null, null, VERSION, "Y", signature, Flow.THREEDS1, null, liability,
                action);
    }

    /** Card Payments authorisation with the enrollment and the validated result (§4.3.4). */
    public static JsonObject authorization(String merchantRefNum, AuthorizationRequest request) {
        JsonObjectBuilder authentication = Json.createObjectBuilder()
                .add("threeDEnrollment", request.refs().getOrDefault(REF_ENROLLMENT, "U"))
                .add("threeDResult", request.threeDS().transStatus().name());
        if (request.threeDS().eci() != null) {
            authentication.add("eci", Integer.parseInt(request.threeDS().eci()));
        }
        addIfPresent(authentication, "cavv", request.threeDS().authenticationValue());
        addIfPresent(authentication, "xid", request.threeDS().xid());
        addIfPresent(authentication, "signatureStatus", request.threeDS().signatureVerification());
        JsonObjectBuilder card = Json.createObjectBuilder()
                .add("cardNum", request.card().number())
                .add("cardExpiry", Json.createObjectBuilder().add("month", request.card().expiryMonth())
                        .add("year", request.card().expiryYear()));
        addIfPresent(card, "cvv", request.card().securityCode());
        return Json.createObjectBuilder()
                .add("merchantRefNum", merchantRefNum)
                .add("amount", request.amount().value())
                .add("settleWithAuth", request.capture())
                .add("card", card)
                .add("authentication", authentication)
                .build();
    }

    public static AuthorizationResult authorized(int httpStatus, JsonObject answer, AuthorizationRequest request) {
        boolean approved = httpStatus == 200 && "COMPLETED".equals(text(answer, "status"));
        JsonObject error = answer.getJsonObject("error");
        return new AuthorizationResult(approved ? "AUTHORIZED" : "DECLINED", text(answer, "id"),
                text(answer, "authCode"), approved ? "COMPLETED" : error == null ? null : text(error, "code"),
                request.amount().value(), request.amount().currency(), null);
    }
}
