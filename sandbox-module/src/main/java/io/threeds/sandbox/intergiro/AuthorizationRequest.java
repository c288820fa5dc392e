package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Currency;

/**
 * A {@code POST /v1/authorization} body that passed {@link RequestValidation}: what the simulator reads of
 * it. Exactly one of {@code card} (the card object) and {@code cardToken} (the antifraud card token, given
 * as the card, 001:322, or as {@code {token, verification}}, our assumption for a token that must carry a
 * verification, PROVIDERS.md G-I9) is set.
 *
 * @param id           the re-POST's cycle id, {@code null} on a first POST
 * @param verification the card's {@code verification}, or {@code null}
 * @param fields       what the next re-POST must repeat of this call
 */
public record AuthorizationRequest(String id, String number, Purchase purchase, PaymentCard card, String cardToken,
                                   JsonObject verification, String callback, RequestFields fields) {

    static AuthorizationRequest of(RequestBody body) {
        Purchase purchase = new Purchase(((JsonNumber) body.value(RequestValidation.AMOUNT).orElseThrow()).bigDecimalValue(),
                Currency.getInstance(body.text(RequestValidation.CURRENCY).orElseThrow()));
        JsonValue card = body.value(RequestValidation.CARD).orElseThrow();
        PaymentCard details = null;
        String token = null;
        JsonObject verification = null;
        if (card instanceof JsonString text) {
            token = text.getString().strip();
        } else {
            JsonObject object = card.asJsonObject();
            verification = object.get("verification") instanceof JsonObject given ? given : null;
            if (object.get("token") instanceof JsonString text) {
                token = text.getString().strip();
            } else {
                JsonArray expires = object.getJsonArray("expires");
                details = new PaymentCard(new CardNumber(object.getString("pan")), expires.getJsonNumber(0).intValue(),
                        expires.getJsonNumber(1).intValue(), object.containsKey("csc"));
            }
        }
        return new AuthorizationRequest(body.text(RequestValidation.ID).orElse(null),
                body.text(RequestValidation.NUMBER).orElseThrow(), purchase, details, token, verification,
                body.text(RequestValidation.CALLBACK).orElseThrow(), RequestFields.of(body.root()));
    }
}
