package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.ThreeDSecureXml.add;
import static io.threeds.sandbox.ThreeDSecureXml.text;

import io.threeds.sandbox.ThreeDSecureXml;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * A 3-D Secure 1.0.2 PAReq, the request the enrollment check hands the merchant as {@code paReq} and the
 * shopper's browser posts to the ACS:
 * {@code <ThreeDSecure><Message id><PAReq><version/><Merchant>acqBIN, merID, name, country, url</Merchant>
 * <Purchase>xid, date, amount, purchAmount, currency, exponent</Purchase><CH>acctID, expiry</CH></PAReq>}.
 * The card appears only masked ({@code acctID}); the ACS finds the transaction by its {@code xid}.
 *
 * @param merchantId      Paysafe's account id ({@code merID})
 * @param amount          the amount as the shopper reads it ({@code 10.00 EUR})
 * @param purchAmount     the amount in minor units
 * @param currency        ISO 4217 numeric
 * @param cardholderAccount {@code CH/acctID}: the masked card number
 * @param expiry          {@code YYMM}
 */
public record PaReq(String messageId, String acquirerBin, String merchantId, String merchantName,
                    String merchantCountry, String merchantUrl, String xid, String date, String amount,
                    String purchAmount, String currency, String exponent, String cardholderAccount,
                    String expiry) {
    /** The simulator's acquirer BIN, merchant name and country (ISO 3166 numeric, the United Kingdom). */
    static final String ACQUIRER_BIN = "400551";
    static final String MERCHANT_NAME = "Paysafe sandbox merchant";
    static final String MERCHANT_COUNTRY = "826";
    /** 3-D Secure 1.0's date and time format, in UTC. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The PAReq of an enrolled card's enrollment check. */
    static PaReq of(String accountId, EnrollmentCheck check, EnrolledCard card, String xid, Instant now) {
        Purchase purchase = check.purchase();
        return new PaReq(UUID.randomUUID().toString(), ACQUIRER_BIN, accountId, MERCHANT_NAME, MERCHANT_COUNTRY,
                check.merchantUrl(), xid, DATE_TIME.format(now), purchase.formatted(),
                String.valueOf(purchase.amount()), purchase.numericCurrency(), String.valueOf(purchase.exponent()),
                card.starMasked(), check.expiry());
    }

    /** The {@code paReq} form: the document deflated, base64. */
    String encode() {
        Element message = ThreeDSecureXml.newMessage(messageId);
        Element paReq = add(message, "PAReq");
        add(paReq, "version", ThreeDSecureXml.VERSION);
        Element merchant = add(paReq, "Merchant");
        add(merchant, "acqBIN", acquirerBin);
        add(merchant, "merID", merchantId);
        add(merchant, "name", merchantName);
        add(merchant, "country", merchantCountry);
        add(merchant, "url", merchantUrl);
        Element purchase = add(paReq, "Purchase");
        add(purchase, "xid", xid);
        add(purchase, "date", date);
        add(purchase, "amount", amount);
        add(purchase, "purchAmount", purchAmount);
        add(purchase, "currency", currency);
        add(purchase, "exponent", exponent);
        Element cardholder = add(paReq, "CH");
        add(cardholder, "acctID", cardholderAccount);
        add(cardholder, "expiry", expiry);
        return ThreeDSecureXml.encode(message);
    }

    /** The PAReq of a posted {@code PaReq}, or empty when it does not decode or has no {@code xid}. */
    static Optional<PaReq> decode(String text) {
        return ThreeDSecureXml.decode(text)
                .flatMap(message -> ThreeDSecureXml.child(message, "PAReq")
                        .map(paReq -> new PaReq(message.getAttribute("id"),
                                text(paReq, "Merchant/acqBIN"), text(paReq, "Merchant/merID"),
                                text(paReq, "Merchant/name"), text(paReq, "Merchant/country"),
                                text(paReq, "Merchant/url"), text(paReq, "Purchase/xid"),
                                text(paReq, "Purchase/date"), text(paReq, "Purchase/amount"),
                                text(paReq, "Purchase/purchAmount"), text(paReq, "Purchase/currency"),
                                text(paReq, "Purchase/exponent"), text(paReq, "CH/acctID"),
                                text(paReq, "CH/expiry"))))
                .filter(paReq -> paReq.xid() != null && !paReq.xid().isBlank());
    }
}
