package io.threeds.gateway.web.api;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.persistence.AuditEvent;
import io.threeds.gateway.persistence.AuditSeal;
import io.threeds.gateway.reporting.ChainedEvent;
import io.threeds.gateway.web.api.Views.AuditEventView;
import io.threeds.gateway.web.api.Views.AuthenticationView;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit API's rows: an audit event as its JSON view, and the CSV columns of events and of
 * authentications. An authentication's CSV row is made from its view for the auditor, so the CSV can
 * never show what the JSON hides; it has no authentication value column and no expiry.
 */
final class AuditRows {
    static final List<String> EVENT_COLUMNS = List.of("id", "sequence", "at", "type", "actor", "actorRole",
            "merchantId", "authenticationId", "outcome", "details", "previousHash", "hash", "chainPosition");
    static final List<String> AUTHENTICATION_COLUMNS = List.of("id", "createdAt", "updatedAt", "merchantId",
            "merchantReference", "provider", "state", "transStatus", "transStatusReason", "eci", "flow",
            "liabilityShift", "recommendedAction", "threeDSVersion", "dsTransactionId", "acsTransactionId",
            "threeDSServerTransactionId", "cardBin", "cardLast4", "cardBrand", "amountValue", "amountCurrency",
            "authorizationStatus");
    /** The audit chain hashes times to the millisecond; the API shows them so, so a hash can be recomputed. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private AuditRows() {
    }

    /** A pending event (not sealed yet) has no hashes and no chain position. */
    static AuditEventView view(ChainedEvent chained, String merchantName) {
        AuditEvent e = chained.event();
        AuditSeal seal = chained.seal();
        return new AuditEventView(e.getId(), e.getSequence(), AT.format(e.getAt()), e.getType(), e.getActor(),
                e.getActorRole(), e.getMerchantId(), merchantName, e.getAuthenticationId(), e.getOutcome(),
                details(e.getDetails()),
                seal == null ? null : seal.getPreviousHash(), seal == null ? null : seal.getHash(),
                seal == null ? null : seal.getPosition(), seal != null);
    }

    static List<String> csv(ChainedEvent chained) {
        AuditEvent e = chained.event();
        AuditSeal seal = chained.seal();
        return Arrays.asList(e.getId(), String.valueOf(e.getSequence()), AT.format(e.getAt()), e.getType(),
                e.getActor(), e.getActorRole(), e.getMerchantId(), e.getAuthenticationId(), e.getOutcome(),
                e.getDetails(), seal == null ? null : seal.getPreviousHash(), seal == null ? null : seal.getHash(),
                seal == null ? null : String.valueOf(seal.getPosition()));
    }

    static List<String> csv(AuthenticationView a) {
        return Arrays.asList(a.id(), a.createdAt(), a.updatedAt(), a.merchantId(), a.merchantReference(),
                a.provider(), a.state(), a.transStatus(), a.transStatusReason(), a.eci(), a.flow(),
                String.valueOf(a.liabilityShift()), a.recommendedAction(), a.threeDSVersion(), a.dsTransactionId(),
                a.acsTransactionId(), a.threeDSServerTransactionId(), a.card().bin(), a.card().last4(),
                a.card().brand(), String.valueOf(a.amount().value()), a.amount().currency(),
                a.authorization() == null ? null : a.authorization().status());
    }

    /** The stored canonical JSON of an event's details, a flat object of strings. */
    private static Map<String, String> details(String json) {
        Map<String, String> details = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return details;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            reader.readObject().forEach((name, value) -> details.put(name,
                    value instanceof JsonString text ? text.getString() : null));
        }
        return details;
    }
}
