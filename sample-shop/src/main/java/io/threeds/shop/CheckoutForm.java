package io.threeds.shop;

import io.threeds.client.Amount;
import io.threeds.client.Browser;
import io.threeds.client.NewCard;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the checkout page posts: the order's key (made when the page was shown, so that a second submit of
 * the same page is the same order), the amount in euros, the card, and what the page's script read of the
 * shopper's screen for EMV 3-D Secure's browser data.
 */
public class CheckoutForm {
    @FormParam("orderKey")
    String orderKey;
    @FormParam("amount")
    String amount;
    @FormParam("cardNumber")
    String cardNumber;
    @FormParam("expiryMonth")
    int expiryMonth;
    @FormParam("expiryYear")
    int expiryYear;
    @FormParam("holderName")
    String holderName;
    @FormParam("colorDepth")
    Integer colorDepth;
    @FormParam("screenHeight")
    Integer screenHeight;
    @FormParam("screenWidth")
    Integer screenWidth;
    @FormParam("timeZoneOffsetMinutes")
    Integer timeZoneOffsetMinutes;

    /** The Idempotency-Key of the order's authentication. */
    String orderKey() {
        try {
            return UUID.fromString(orderKey).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("no order key");
        }
    }

    String merchantReference() {
        return "order-" + orderKey();
    }

    Amount amount() {
        try {
            return new Amount(new BigDecimal(amount.trim()).movePointRight(2).longValueExact(), "EUR");
        } catch (ArithmeticException | NumberFormatException | NullPointerException e) {
            throw new BadRequestException("amount is not a euro amount");
        }
    }

    NewCard card() {
        return NewCard.of(cardNumber == null ? null : cardNumber.replace(" ", ""), expiryMonth, expiryYear,
                holderName);
    }

    /** The shopper's browser: its request headers and address, and the screen its script measured. */
    Browser browser(HttpHeaders headers, String ipAddress) {
        String languages = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        String language = languages == null ? null : languages.split("[,;]")[0].trim();
        return new Browser(headers.getHeaderString(HttpHeaders.ACCEPT), headers.getHeaderString(HttpHeaders.USER_AGENT),
                ipAddress, language, colorDepth, screenHeight, screenWidth, timeZoneOffsetMinutes, false,
                colorDepth != null);
    }
}
