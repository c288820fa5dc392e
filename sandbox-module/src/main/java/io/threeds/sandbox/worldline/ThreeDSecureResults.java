package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * {@code cardPaymentMethodSpecificOutput.threeDSecureResults}: every member optional, written in the
 * seed's order and only when present, since which members appear is itself part of each outcome.
 */
public record ThreeDSecureResults(String cavv, String directoryServerTransactionId, String eci, String xid,
                                  String acsTransactionId, String method, String utcTimestamp,
                                  String threeDSecureVersion, String threeDServerTransactionId) {
    static final String VERSION = "2.1.0";
    static final String FRICTIONLESS = "frictionless";
    static final String CHALLENGED = "challenged";

    /** 3-D Secure 2 with a result: Y or A with a CAVV, or N/R without one. */
    static ThreeDSecureResults v2(ThreeDSecureIds ids, String cavv, String eci, String method, String utcTimestamp) {
        return new ThreeDSecureResults(cavv, ids.directoryServerTransactionId(), eci, null, ids.acsTransactionId(),
                method, utcTimestamp, VERSION, ids.threeDServerTransactionId());
    }

    /** While the shopper is redirected to a challenge: the seed's card …7977. */
    static ThreeDSecureResults challengePending(ThreeDSecureIds ids, String utcTimestamp) {
        return new ThreeDSecureResults(null, null, null, null, null, null, utcTimestamp, VERSION,
                ids.threeDServerTransactionId());
    }

    /** 3-D Secure 1.0: ECI, XID and (when authenticated) the CAVV, no v2 data. */
    static ThreeDSecureResults v1(ThreeDSecureIds ids, String cavv, String eci) {
        return new ThreeDSecureResults(cavv, null, eci, ids.xid(), null, null, null, null, null);
    }

    /**
     * Authorised without authentication: only the ECI, unpadded as in the seed's card …9026
     * ({@code "7"}, Mastercard {@code "0"}; G-W5).
     */
    static ThreeDSecureResults withoutAuthentication(CardBrand brand) {
        String eci = String.valueOf(Integer.parseInt(brand.notAuthenticatedEci()));
        return new ThreeDSecureResults(null, null, eci, null, null, null, null, null, null);
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        addIfPresent(json, "cavv", cavv);
        addIfPresent(json, "directoryServerTransactionId", directoryServerTransactionId);
        addIfPresent(json, "eci", eci);
        if (acsTransactionId != null || method != null || utcTimestamp != null) {
            JsonObjectBuilder data = Jsonp.createObjectBuilder();
            addIfPresent(data, "acsTransactionId", acsTransactionId);
            addIfPresent(data, "method", method);
            addIfPresent(data, "utcTimestamp", utcTimestamp);
            json.add("threeDSecureData", data);
        }
        addIfPresent(json, "threeDSecureVersion", threeDSecureVersion);
        addIfPresent(json, "threeDServerTransactionId", threeDServerTransactionId);
        addIfPresent(json, "xid", xid);
        return json.build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
