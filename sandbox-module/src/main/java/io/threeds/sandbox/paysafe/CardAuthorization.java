package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.paysafe.RequestFields.AMOUNT;
import static io.threeds.sandbox.paysafe.RequestFields.CARD_NUMBER;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_MONTH;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_YEAR;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_REF_NUM;
import static io.threeds.sandbox.paysafe.RequestFields.SETTLE_WITH_AUTH;
import static io.threeds.sandbox.paysafe.RequestFields.SIGNATURE_STATUS;
import static io.threeds.sandbox.paysafe.RequestFields.THREE_D_RESULT;
import static io.threeds.sandbox.paysafe.RequestFields.XID;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A Card Payments authorisation request ({@code POST /cardpayments/v1/accounts/{id}/auths}), once
 * {@link RequestValidation#authorization} accepted it, and the approval it gets. Only what the decision
 * and the answer need is read; the card number and the security code are never answered.
 *
 * @param xid             {@code authentication.xid}, or {@code null} without one
 * @param threeDResult    {@code authentication.threeDResult}, or {@code null}
 * @param signatureStatus {@code authentication.signatureStatus}, or {@code null}
 */
public record CardAuthorization(String merchantRefNum, long amount, boolean settleWithAuth, CardNumber card,
                                int expiryMonth, int expiryYear, String xid, String threeDResult,
                                String signatureStatus) {
    private static final String AUTH_CODE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static CardAuthorization of(RequestBody body) {
        return new CardAuthorization(body.text(MERCHANT_REF_NUM).orElseThrow(), number(body, AMOUNT).longValueExact(),
                body.value(SETTLE_WITH_AUTH).map(JsonValue.TRUE::equals).orElse(false),
                new CardNumber(body.text(CARD_NUMBER).orElseThrow()),
                number(body, EXPIRY_MONTH).intValueExact(), number(body, EXPIRY_YEAR).intValueExact(),
                body.text(XID).filter(xid -> !xid.isEmpty()).orElse(null),
                body.text(THREE_D_RESULT).orElse(null), body.text(SIGNATURE_STATUS).orElse(null));
    }

    /** Declined (402, {@code 3022}): the authentication failed, or its PaRes signature did not verify. */
    boolean insufficientlyAuthenticated() {
        return "N".equals(threeDResult) || "N".equals(signatureStatus);
    }

    /** The 200 answer: approved, with a new id and a six-character authorisation code. */
    JsonObject approved(String id, Instant now) {
        StringBuilder authCode = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            authCode.append(AUTH_CODE_CHARACTERS.charAt(RANDOM.nextInt(AUTH_CODE_CHARACTERS.length())));
        }
        return Jsonp.createObjectBuilder()
                .add("id", id)
                .add("merchantRefNum", merchantRefNum)
                .add("txnTime", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)))
                .add("status", Enrollment.COMPLETED)
                .add("authCode", authCode.toString())
                .add("amount", amount)
                .add("settleWithAuth", settleWithAuth)
                .add("card", Jsonp.createObjectBuilder()
                        .add("type", cardType(card))
                        .add("lastDigits", card.lastFour())
                        .add("cardExpiry", Jsonp.createObjectBuilder().add("month", expiryMonth).add("year", expiryYear)))
                .build();
    }

    /**
     * Paysafe's card type: {@code VI} Visa, {@code MC} Mastercard, and for the other schemes {@code AM}
     * (34, 37), {@code JC} (35), {@code DC} (30, 36, 38), {@code DI} (6); anything else counts as Visa,
     * whose ECIs the sandbox gives every non-Mastercard card.
     */
    static String cardType(CardNumber card) {
        if (card.brand() == CardBrand.MASTERCARD) {
            return "MC";
        }
        String digits = card.digits();
        String two = digits.substring(0, 2);
        return switch (two) {
            case "34", "37" -> "AM";
            case "35" -> "JC";
            case "30", "36", "38" -> "DC";
            default -> digits.startsWith("6") ? "DI" : "VI";
        };
    }

    private static JsonNumber number(RequestBody body, String path) {
        return (JsonNumber) body.value(path).orElseThrow();
    }
}
