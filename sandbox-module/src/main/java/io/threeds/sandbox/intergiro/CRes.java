package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The challenge result the ACS posts to {@code client.callback} as {@code cres}, in the seed's member
 * order: {@code {acsTransID, challengeCompletionInd, messageType, messageVersion, threeDSServerTransID,
 * transStatus}}. {@code challengeCompletionInd} is always {@code Y}: the challenge ended, whatever its result.
 */
public record CRes(String acsTransID, String challengeCompletionInd, String messageType, String messageVersion,
                   String threeDSServerTransID, String transStatus) {
    static final String MESSAGE_TYPE = "CRes";

    static CRes of(TransactionIds ids, TransStatus result) {
        return new CRes(ids.acsTransID(), "Y", MESSAGE_TYPE, VerificationRequired.MESSAGE_VERSION,
                ids.threeDSServerTransID(), result.name());
    }

    /** The {@code cres} of a re-POST; empty unless it decodes to a JSON object. Members may be null. */
    static Optional<CRes> decode(String cres) {
        return Base64UrlJson.decode(cres).map(json -> new CRes(json.text("acsTransID").orElse(null),
                json.text("challengeCompletionInd").orElse(null), json.text("messageType").orElse(null),
                json.text("messageVersion").orElse(null), json.text("threeDSServerTransID").orElse(null),
                json.text("transStatus").orElse(null)));
    }

    JsonObject toJson() {
        return Jsonp.createObjectBuilder()
                .add("acsTransID", acsTransID)
                .add("challengeCompletionInd", challengeCompletionInd)
                .add("messageType", messageType)
                .add("messageVersion", messageVersion)
                .add("threeDSServerTransID", threeDSServerTransID)
                .add("transStatus", transStatus)
                .build();
    }

    String encoded() {
        return Base64UrlJson.encode(toJson());
    }
}
