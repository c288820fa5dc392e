package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The 3-D Secure 1.0 request of Intergiro's simulator: base64url JSON, not deflated XML, in the decoded
 * seed's members and order (PROVIDERS.md §2.4.3). Built consistent with the cycle, unlike the seed's
 * example (G-I11): the card's own number and expiry ({@code YYMM}), the amount in minor units with the
 * currency's {@code exponent} (the seed's {@code "false"} is taken for an example value), the cycle's
 * {@code xid}. {@code cardType "1"}, {@code deviceCategory "0"} (browser) and {@code merchantID} are the
 * seed's. Like a real PAReq it carries the full card number: the shopper's browser gets it.
 */
public record PaReq(String version, String cardType, String pan, String expiry, String deviceCategory,
                    String purchAmount, String exponent, String currency, String merchantID, String xid, String okUrl,
                    String failUrl) {
    static final String MERCHANT_ID = "000008103000111";

    /**
     * @param callback the request's {@code client.callback}, also the PaReq's {@code okUrl} and {@code failUrl}
     */
    static PaReq of(PaymentCard card, Purchase purchase, TransactionIds ids, String callback) {
        return new PaReq("1.0", "1", card.number().digits(), "%02d%02d".formatted(card.year(), card.month()), "0",
                purchase.minorUnits(), String.valueOf(purchase.currency().getDefaultFractionDigits()),
                purchase.currency().getCurrencyCode(), MERCHANT_ID, ids.xid(), callback, callback);
    }

    /** The {@code xid} of the ACS form's {@code PaReq}, the one member the ACS reads: its cycle's key. */
    static Optional<String> xidOf(String paReq) {
        return Base64UrlJson.decode(paReq).flatMap(json -> json.text("xid"));
    }

    JsonObject toJson() {
        return Jsonp.createObjectBuilder()
                .add("version", version)
                .add("cardType", cardType)
                .add("PAN", pan)
                .add("expiry", expiry)
                .add("deviceCategory", deviceCategory)
                .add("purchAmount", purchAmount)
                .add("exponent", exponent)
                .add("currency", currency)
                .add("merchantID", merchantID)
                .add("xid", xid)
                .add("okUrl", okUrl)
                .add("failUrl", failUrl)
                .build();
    }

    String encoded() {
        return Base64UrlJson.encode(toJson());
    }
}
