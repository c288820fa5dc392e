package io.threeds.gateway.provider.paysafe;

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
import io.threeds.gateway.card.Card;
import io.threeds.gateway.provider.AuthorizationRequest;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Paysafe's wire format (PROVIDERS.md §4.3) as records, and the pure translation to the normalised
 * model (§7.8.4, §7.9.4). No I/O: unit-tested against the seed's example answer.
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
    public record EnrollmentCheck(String merchantRefNum, long amount, String currency, PaymentCard card,
                                  String customerIp, String userAgent, String acceptHeader, String merchantUrl) {
    }

    /** A card as paysafe takes it; the enrollment lookup sends no {@code cvv}. */
    public record PaymentCard(String cardNum, CardExpiry cardExpiry, String cvv) {
    }

    public record CardExpiry(int month, int year) {
    }

    /** The enrollment lookup's answer; {@code acsURL} and {@code paReq} only for an enrolled card. */
    public record EnrollmentAnswer(String id, String threeDEnrollment, @JsonbProperty("acsURL") String acsUrl,
                                   String paReq, String eci) {
    }

    /** The PaRes validation (§4.3.1). */
    public record Validation(String merchantRefNum, String paRes) {
    }

    /** The validated authentication (§4.3.1); its {@code eci} an integer without the leading zero. */
    public record AuthenticationAnswer(String id, String status, String threeDResult, String signatureStatus,
                                       String eci, String cavv, String xid) {
    }

    /** Card Payments authorisation (§4.3.4). */
    public record Authorization(String merchantRefNum, long amount, boolean settleWithAuth, PaymentCard card,
                                AuthenticationData authentication) {
    }

    public record AuthenticationData(String threeDEnrollment, String threeDResult, Integer eci, String cavv,
                                     String xid, String signatureStatus) {
    }

    /** The authorisation's answer, a decline (402) carrying paysafe's error envelope (§4.6). */
    public record PaymentAnswer(String id, String status, String authCode, ErrorDetail error) {
    }

    public record ErrorDetail(String code) {
    }

    public static EnrollmentCheck enrollmentCheck(String merchantRefNum, NewAuthentication request,
                                                  String merchantUrl) {
        BrowserInfo browser = request.browser();
        return new EnrollmentCheck(merchantRefNum, request.amount().value(), request.amount().currency(),
                card(request.card(), null), browser.ipAddress(), browser.userAgent(), browser.acceptHeader(),
                merchantUrl);
    }

    /**
     * The enrollment answer: enrolled cards go to the ACS with PaReq, TermUrl and MD (the gateway's id,
     * echoed back with the PaRes); a card not enrolled, or whose enrollment is unknown, has no 3-D Secure.
     */
    public static Enrollment enrollment(EnrollmentAnswer answer, String termUrl, String md, String brand) {
        String enrolled = answer.threeDEnrollment();
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(REF_ENROLLMENT_ID, answer.id());
        refs.put(REF_ENROLLMENT, enrolled == null ? "U" : enrolled);
        if ("Y".equals(enrolled) && answer.acsUrl() != null && answer.paReq() != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("PaReq", answer.paReq());
            fields.put("TermUrl", termUrl);
            fields.put("MD", md);
            BrowserAction action = new BrowserAction("CHALLENGE", "POST", answer.acsUrl(), fields,
                    "VISIBLE_IFRAME", null);
            ThreeDSResult pending = new ThreeDSResult(TransStatus.C, null, StatusSource.PROVIDER_API, null, null,
                    null, null, null, null, VERSION, "Y", null, Flow.THREEDS1, null,
                    new Liability(false, "PAYSAFE_RESULT_TABLE"), RecommendedAction.AWAIT_BROWSER);
            return new Enrollment(pending, action, refs);
        }
        String state = "N".equals(enrolled) ? "N" : "U";
        String eci = Eci.normalize(answer.eci());
        ThreeDSResult notEnrolled = new ThreeDSResult(TransStatus.U, "threeDEnrollment " + state,
                StatusSource.PROVIDER_API, eci == null ? Eci.none(brand) : eci, null, null, null, null, null, null,
                state, null, Flow.NOT_APPLICABLE, null, new Liability(false, "PAYSAFE_RESULT_TABLE"),
                RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT);
        return new Enrollment(notEnrolled, null, refs);
    }

    /** What the enrollment check decided: a result, and the ACS step when the card is enrolled. */
    public record Enrollment(ThreeDSResult result, BrowserAction acs, Map<String, String> refs) {
    }

    /**
     * Paysafe's validated result. Liability needs Y or A <em>and</em> a verified PaRes signature; a
     * result whose signature did not verify is not to be trusted at all ({@code DO_NOT_PROCEED}).
     */
    public static ThreeDSResult result(AuthenticationAnswer answer, String brand) {
        String status = answer.status();
        String reported = answer.threeDResult();
        TransStatus transStatus = "COMPLETED".equals(status) && reported != null && RESULTS.contains(reported)
                ? TransStatus.valueOf(reported) : TransStatus.E;
        String signature = answer.signatureStatus();
        String eci = Eci.normalize(answer.eci());
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
        return new ThreeDSResult(transStatus, reason, StatusSource.PROVIDER_API, eci, answer.cavv(),
                answer.xid(), null, null, null, VERSION, "Y", signature, Flow.THREEDS1, null, liability,
                action);
    }

    /** Card Payments authorisation with the enrollment and the validated result (§4.3.4). */
    public static Authorization authorization(String merchantRefNum, AuthorizationRequest request) {
        ThreeDSResult threeDS = request.threeDS();
        AuthenticationData authentication = new AuthenticationData(
                request.refs().getOrDefault(REF_ENROLLMENT, "U"), threeDS.transStatus().name(),
                threeDS.eci() == null ? null : Integer.valueOf(threeDS.eci()), threeDS.authenticationValue(),
                threeDS.xid(), threeDS.signatureVerification());
        return new Authorization(merchantRefNum, request.amount().value(), request.capture(),
                card(request.card(), request.card().securityCode()), authentication);
    }

    public static AuthorizationResult authorized(int httpStatus, PaymentAnswer answer, AuthorizationRequest request) {
        boolean approved = httpStatus == 200 && "COMPLETED".equals(answer.status());
        return new AuthorizationResult(approved ? "AUTHORIZED" : "DECLINED", answer.id(), answer.authCode(),
                approved ? "COMPLETED" : answer.error() == null ? null : answer.error().code(),
                request.amount().value(), request.amount().currency(), null);
    }

    private static PaymentCard card(Card card, String cvv) {
        return new PaymentCard(card.number(), new CardExpiry(card.expiryMonth(), card.expiryYear()), cvv);
    }
}
