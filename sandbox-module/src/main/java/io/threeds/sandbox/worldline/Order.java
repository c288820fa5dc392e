package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What the payment keeps of a Create Payment request: echoed in every answer, without the card number
 * (only its masked form) and without the security code.
 *
 * @param paymentProductId as sent (a JSON number), {@code 1} when absent
 * @param merchantOrderId  as sent, or {@code null}
 */
public record Order(String maskedCard, CardBrand brand, String expiryDate, JsonValue paymentProductId,
                    JsonObject amountOfMoney, JsonValue merchantOrderId, String merchantReference,
                    String returnUrl) {
    static final String CARD = "cardPaymentMethodSpecificInput.card.";
    static final String CARD_NUMBER = CARD + "cardNumber";
    static final String EXPIRY_DATE = CARD + "expiryDate";
    static final String THREE_D_SECURE = "cardPaymentMethodSpecificInput.threeDSecure.";
    static final String RETURN_URL = THREE_D_SECURE + "redirectionData.returnUrl";
    static final String PAYMENT_PRODUCT_ID = "cardPaymentMethodSpecificInput.paymentProductId";
    static final String MERCHANT_REFERENCE = "order.references.merchantReference";

    static Order of(RequestBody body, CardNumber card) {
        return new Order(card.lastFourOnly(), card.brand(),
                body.text(EXPIRY_DATE).orElse(null),
                body.value(PAYMENT_PRODUCT_ID).orElse(Jsonp.createValue(1)),
                body.value("order.amountOfMoney").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                        .orElse(JsonValue.EMPTY_JSON_OBJECT),
                body.value("order.references.merchantOrderId").orElse(null),
                body.text(MERCHANT_REFERENCE).orElse(null),
                body.text(RETURN_URL).orElse(null));
    }
}
