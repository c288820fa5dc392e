package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.ThreeDSecureXml.add;
import static io.threeds.sandbox.ThreeDSecureXml.text;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.ThreeDSecureXml;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * The 3-D Secure 1.0.2 result the ACS posts to {@code TermUrl} as {@code PaRes} (with {@code MD}), written
 * as a real ACS writes it: an XML PARes, zlib-deflated, base64 ({@link ThreeDSecureXml}), not the base64url JSON
 * of Intergiro's own 3DS1 simulator that the seed shows (001:262). Only Intergiro reads it; a merchant
 * relays it as received, and this simulator's API decodes it itself.
 * {@code <ThreeDSecure><Message id><PARes id><version>1.0.2</version><Merchant><merID/></Merchant>
 * <Purchase>xid, date, purchAmount, currency (ISO 4217 numeric), exponent</Purchase><pan/><TX>time,
 * status, cavv, eci, cavvAlgorithm</TX></PARes></Message></ThreeDSecure>}. As the 3-D Secure 1.0.2
 * specification has it, {@code cavv}, {@code eci} (two digits) and {@code cavvAlgorithm} ({@code 2} CVV
 * with ATN, Mastercard {@code 3} SPA) come only with Y and A, and {@code pan} is the last four digits
 * behind zeros. Consistent with the PaReq (G-I11): same amount, currency, {@code xid}. It carries no XML
 * signature: the API accepts only the result its own ACS decided for the cycle, which is what a signature
 * would prove.
 */
public record PaRes(String messageId, String merchantId, String xid, String date, String purchAmount,
                    String currency, String exponent, String pan, String time, String status, String cavv,
                    String eci, String cavvAlgorithm) {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    static PaRes of(Cycle cycle, TransStatus result, Instant now) {
        Purchase purchase = cycle.purchase();
        CardBrand brand = cycle.card().brand();
        boolean authenticated = result.authenticated();
        String time = DATE_TIME.format(now);
        return new PaRes(UUID.randomUUID().toString(), PaReq.MERCHANT_ID, cycle.ids().xid(), time,
                purchase.minorUnits(), purchase.currency().getNumericCodeAsString(),
                String.valueOf(purchase.currency().getDefaultFractionDigits()),
                cycle.card().masked().replace('*', '0'), time, result.name(),
                authenticated ? TransactionIds.newCavv() : null,
                authenticated ? (result == TransStatus.Y ? brand.authenticatedEci() : brand.attemptedEci()) : null,
                authenticated ? (brand == CardBrand.MASTERCARD ? "3" : "2") : null);
    }

    /** The PaRes as the ACS's form posts it. */
    String encoded() {
        Element message = ThreeDSecureXml.newMessage(messageId);
        Element paRes = add(message, "PARes");
        paRes.setAttribute("id", "PARes-" + messageId);
        add(paRes, "version", ThreeDSecureXml.VERSION);
        add(add(paRes, "Merchant"), "merID", merchantId);
        Element purchase = add(paRes, "Purchase");
        add(purchase, "xid", xid);
        add(purchase, "date", date);
        add(purchase, "purchAmount", purchAmount);
        add(purchase, "currency", currency);
        add(purchase, "exponent", exponent);
        add(paRes, "pan", pan);
        Element transaction = add(paRes, "TX");
        add(transaction, "time", time);
        add(transaction, "status", status);
        add(transaction, "cavv", cavv);
        add(transaction, "eci", eci);
        add(transaction, "cavvAlgorithm", cavvAlgorithm);
        return ThreeDSecureXml.encode(message);
    }

    /**
     * The PARes of a re-POST's {@code PaRes}; empty unless it is base64 of deflated XML with a
     * {@code ThreeDSecure/Message/PARes}. Members may be null.
     */
    static Optional<PaRes> decode(String text) {
        return ThreeDSecureXml.decode(text)
                .flatMap(message -> ThreeDSecureXml.child(message, "PARes").map(paRes -> new PaRes(
                        message.getAttribute("id"), text(paRes, "Merchant/merID"), text(paRes, "Purchase/xid"),
                        text(paRes, "Purchase/date"), text(paRes, "Purchase/purchAmount"),
                        text(paRes, "Purchase/currency"), text(paRes, "Purchase/exponent"), text(paRes, "pan"),
                        text(paRes, "TX/time"), text(paRes, "TX/status"), text(paRes, "TX/cavv"),
                        text(paRes, "TX/eci"), text(paRes, "TX/cavvAlgorithm"))));
    }
}
