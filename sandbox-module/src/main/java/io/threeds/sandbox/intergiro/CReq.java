package io.threeds.sandbox.intergiro;

import java.util.Optional;

/**
 * The challenge request the merchant's page posts as {@code creq}: everything of the error's
 * {@code details.data} except {@code type} (PROVIDERS.md §2.4.2). Only the ids and the message type are
 * read, so {@code messageVersion} may be 2.1.0 or 2.2.0 (G-I4).
 */
public record CReq(String threeDSServerTransID, String acsTransID, String messageType) {
    static final String MESSAGE_TYPE = "CReq";

    /** The CReq in a form field; empty unless it decodes to a JSON object with both ids and a message type. */
    static Optional<CReq> decode(String creq) {
        return Base64UrlJson.decode(creq)
                .map(json -> new CReq(json.text("threeDSServerTransID").orElse(null),
                        json.text("acsTransID").orElse(null), json.text("messageType").orElse(null)))
                .filter(message -> message.threeDSServerTransID() != null && message.acsTransID() != null
                        && message.messageType() != null);
    }

    /** A real CReq, not the CRes-shaped {@code creq} of the seed's example (G-I3). */
    boolean isChallengeRequest() {
        return MESSAGE_TYPE.equals(messageType);
    }
}
