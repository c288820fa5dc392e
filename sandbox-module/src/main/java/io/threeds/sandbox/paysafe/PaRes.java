package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.ThreeDSecureXml.add;
import static io.threeds.sandbox.ThreeDSecureXml.text;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.ThreeDSecureXml;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * A 3-D Secure 1.0.2 PARes, the ACS's answer the shopper's browser posts to the merchant's
 * {@code TermUrl} as {@code PaRes}:
 * {@code <ThreeDSecure><Message id><PARes id><version/><Merchant>acqBIN, merID</Merchant>
 * <Purchase>xid, date, purchAmount, currency, exponent</Purchase><pan/><TX>time, status, cavv, eci,
 * cavvAlgorithm</TX></PARes><Signature/></Message></ThreeDSecure>}. As the 3-D Secure 1.0.2 specification
 * has it, {@code cavv}, {@code eci} and {@code cavvAlgorithm} are present only for status Y and A, and
 * {@code pan} is the card's last four digits behind zeros.
 *
 * <p>Fields are kept as text, as read: a PaRes someone altered may hold anything.
 *
 * @param cavvAlgorithm {@code 2} (CVV with ATN) for Visa and others, {@code 3} (SPA) for Mastercard
 */
public record PaRes(String messageId, String acquirerBin, String merchantId, String xid, String date,
                    String purchAmount, String currency, String exponent, String pan, String time,
                    String status, String cavv, String eci, String cavvAlgorithm) {
    private static final String PARES = "PARes";
    private static final String SIGNATURE = "Signature";

    /** A PaRes read from a form, and whether its signature is the ACS's. */
    public record Received(PaRes paRes, boolean signatureValid) {
    }

    /** The ACS's answer to a PAReq, for the card it was issued for. */
    static PaRes issue(PaReq request, EnrolledCard card, PaResStatus status, Instant now) {
        boolean authenticates = status.authenticates();
        String algorithm = card.brand() == CardBrand.MASTERCARD ? "3" : "2";
        return new PaRes(UUID.randomUUID().toString(), request.acquirerBin(), request.merchantId(), request.xid(),
                request.date(), request.purchAmount(), request.currency(), request.exponent(), card.zeroMasked(),
                PaReq.DATE_TIME.format(now), status.name(), authenticates ? ThreeDSecureIds.newCavv() : null,
                status.eci(card.brand()), authenticates ? algorithm : null);
    }

    /** The {@code PaRes} form: the signed document deflated, base64. */
    String encode(PaResSignature signature) {
        Element message = ThreeDSecureXml.newMessage(messageId);
        Element paRes = add(message, PARES);
        paRes.setAttribute("id", PARES + "-" + messageId);
        add(paRes, "version", ThreeDSecureXml.VERSION);
        Element merchant = add(paRes, "Merchant");
        add(merchant, "acqBIN", acquirerBin);
        add(merchant, "merID", merchantId);
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
        add(message, SIGNATURE, signature.sign(paRes));
        return ThreeDSecureXml.encode(message);
    }

    /**
     * The PARes of a posted {@code PaRes} and the outcome of its signature check, or empty when it does
     * not decode (not base64, not zlib, not XML, or no {@code <PARes>}). A missing {@code <Signature>}
     * does not verify.
     */
    static Optional<Received> decode(String text, PaResSignature signature) {
        return ThreeDSecureXml.decode(text).flatMap(message -> ThreeDSecureXml.child(message, PARES)
                .map(paRes -> new Received(new PaRes(message.getAttribute("id"),
                        text(paRes, "Merchant/acqBIN"), text(paRes, "Merchant/merID"), text(paRes, "Purchase/xid"),
                        text(paRes, "Purchase/date"), text(paRes, "Purchase/purchAmount"),
                        text(paRes, "Purchase/currency"), text(paRes, "Purchase/exponent"), text(paRes, "pan"),
                        text(paRes, "TX/time"), text(paRes, "TX/status"), text(paRes, "TX/cavv"),
                        text(paRes, "TX/eci"), text(paRes, "TX/cavvAlgorithm")),
                        signature.verifies(paRes, text(message, SIGNATURE)))));
    }
}
