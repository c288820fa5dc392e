package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a re-POST answers the step its cycle waits for (PROVIDERS.md §2.4); if not, why, for the
 * "verification invalid" error:
 * <ul>
 *   <li>antifraud: {@code card} is a card token this simulator signed for this cycle's card (001:322);</li>
 *   <li>otherwise {@code card} is the previous call's card again, updated with the verification only
 *       (001:92, 329-332): the card object, or, once antifraud gave a token, that token for every later
 *       round (001:317-323) as {@code {token, verification}} (our assumption, G-I9); with
 *       {@code verification.type} the step's, and
 *   <ul>
 *     <li>method: {@code data} exactly {@code {threeDSServerTransID, messageVersion}} (001:100-103), the
 *         cycle's transaction and the error's version (001:82); a member the seed does not show, such as
 *         {@code threeDSCompInd}, is refused. Whether the notification came is not asked (G-I7);</li>
 *     <li>challenge: {@code data} the {@code cres} string, a CRes with the cycle's ids carrying the result
 *         the ACS decided, so a CRes the ACS did not send is refused;</li>
 *     <li>3-D Secure 1.0: {@code data} the {@code PaRes} string, which this API decodes itself (deflated
 *         XML, {@link PaRes}): the cycle's {@code xid} and the result the ACS decided.</li>
 *   </ul></li>
 * </ul>
 */
final class VerificationCheck {
    private static final Set<String> METHOD_DATA = Set.of("threeDSServerTransID", "messageVersion");

    private VerificationCheck() {
    }

    static Optional<String> problem(Cycle cycle, AuthorizationRequest request, CardTokens tokens) {
        VerificationStep step = cycle.pendingStep().orElseThrow();
        if (step == VerificationStep.ANTIFRAUD) {
            return cardToken(cycle, request, tokens);
        }
        if (!cycle.previous().sameCard(request.fields())) {
            return Optional.of("card is not the card of the previous call, updated with the verification only "
                    + "(001:92, 329-332); after antifraud it is the card token (001:317-323)");
        }
        JsonObject verification = request.verification();
        if (verification == null) {
            return Optional.of("card.verification is required: the cycle waits for the "
                    + step.verificationType() + " verification");
        }
        String type = verification.getString("type");
        if (!step.verificationType().equals(type)) {
            return Optional.of("the cycle waits for the " + step.verificationType() + " verification, not " + type);
        }
        JsonValue data = verification.get("data");
        return switch (step) {
            case METHOD -> method(cycle, data);
            case CHALLENGE -> challenge(cycle, data);
            default -> paRes(cycle, data);
        };
    }

    private static Optional<String> cardToken(Cycle cycle, AuthorizationRequest request, CardTokens tokens) {
        if (request.cardToken() == null || request.verification() != null) {
            return Optional.of("the antifraud verification continues with the card token as card");
        }
        Optional<RequestBody> payload = tokens.verify(request.cardToken());
        if (payload.isEmpty()) {
            return Optional.of("the card token does not verify");
        }
        if (!payload.get().text("enc").filter(cycle.ids().cardReference()::equals).isPresent()) {
            return Optional.of("the card token is not for the card of this authorization cycle");
        }
        return Optional.empty();
    }

    private static Optional<String> method(Cycle cycle, JsonValue data) {
        if (!(data instanceof JsonObject method) || !METHOD_DATA.equals(method.keySet())) {
            return Optional.of("card.verification.data of a method verification is "
                    + "{threeDSServerTransID, messageVersion} and nothing else (001:100-103)");
        }
        if (!cycle.ids().threeDSServerTransID().equals(text(method, "threeDSServerTransID"))) {
            return Optional.of("the method data is not for this authorization cycle's threeDSServerTransID");
        }
        if (!VerificationRequired.MESSAGE_VERSION.equals(text(method, "messageVersion"))) {
            return Optional.of("the method data's messageVersion is the one of the error (001:82)");
        }
        return Optional.empty();
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static Optional<String> challenge(Cycle cycle, JsonValue data) {
        Optional<CRes> cres = data instanceof JsonString text ? CRes.decode(text.getString()) : Optional.empty();
        if (cres.isEmpty() || !CRes.MESSAGE_TYPE.equals(cres.get().messageType())) {
            return Optional.of("card.verification.data of a challenge verification is the cres, a base64url CRes");
        }
        if (!cycle.ids().threeDSServerTransID().equals(cres.get().threeDSServerTransID())
                || !cycle.ids().acsTransID().equals(cres.get().acsTransID())) {
            return Optional.of("the cres is not for this authorization cycle's transaction");
        }
        return result(cycle, cres.get().transStatus(), "cres");
    }

    private static Optional<String> paRes(Cycle cycle, JsonValue data) {
        Optional<PaRes> paRes = data instanceof JsonString text ? PaRes.decode(text.getString()) : Optional.empty();
        if (paRes.isEmpty()) {
            return Optional.of("card.verification.data of a pares verification is the PaRes as the ACS posted it: "
                    + "base64 of a deflated PARes document");
        }
        if (!cycle.ids().xid().equals(paRes.get().xid())) {
            return Optional.of("the PaRes is not for this authorization cycle's xid");
        }
        return result(cycle, paRes.get().status(), "PaRes");
    }

    private static Optional<String> result(Cycle cycle, String status, String message) {
        if (cycle.acsResult() == null) {
            return Optional.of("the ACS has not answered this authorization cycle's challenge yet");
        }
        if (!cycle.acsResult().name().equals(status)) {
            return Optional.of("the " + message + " does not carry the result the ACS sent");
        }
        return Optional.empty();
    }
}
