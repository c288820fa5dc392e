package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Whether a re-POST answers the step its cycle waits for (PROVIDERS.md §2.4); if not, why, for the
 * "verification invalid" error:
 * <ul>
 *   <li>antifraud: {@code card} is a card token this simulator signed for this cycle's card;</li>
 *   <li>otherwise {@code card} is the cycle's card object again, with {@code verification.type} the
 *       step's, and
 *   <ul>
 *     <li>method: {@code data} an object whose {@code threeDSServerTransID} is the cycle's; its
 *         {@code messageVersion} is not checked (G-I4) and {@code threeDSCompInd} may be {@code Y},
 *         {@code N} (the notification did not arrive in 10 seconds, G-I7) or absent;</li>
 *     <li>challenge: {@code data} the {@code cres} string, a CRes with the cycle's ids carrying the result
 *         the ACS decided, so a CRes the ACS did not send is refused;</li>
 *     <li>3-D Secure 1.0: {@code data} the {@code PaRes} string, which this API decodes itself (deflated
 *         XML, {@link PaRes}): the cycle's {@code xid} and the result the ACS decided.</li>
 *   </ul></li>
 * </ul>
 */
final class VerificationCheck {

    private VerificationCheck() {
    }

    static Optional<String> problem(Cycle cycle, AuthorizationRequest request, CardTokens tokens) {
        VerificationStep step = cycle.pendingStep().orElseThrow();
        if (step == VerificationStep.ANTIFRAUD) {
            return cardToken(cycle, request, tokens);
        }
        if (request.card() == null) {
            return Optional.of("the " + step.verificationType() + " verification continues with the card object");
        }
        if (!cycle.card().isCard(request.card().number())) {
            return Optional.of("card.pan is not the card of this authorization cycle");
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
        if (request.cardToken() == null) {
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
        if (!(data instanceof JsonObject method)) {
            return Optional.of("card.verification.data of a method verification is an object");
        }
        if (!cycle.ids().threeDSServerTransID().equals(method.get("threeDSServerTransID") instanceof JsonString id
                ? id.getString() : null)) {
            return Optional.of("the method data is not for this authorization cycle's threeDSServerTransID");
        }
        return Optional.empty();
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
