package io.threeds.sandbox.intergiro;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The 3-D Secure 1.0 result the ACS posts to {@code TermUrl} as {@code PaRes} (with {@code MD}): base64url
 * JSON in the decoded seed's members and order. Consistent with the PaReq, unlike the seed (G-I11): same
 * amount and last 4 digits; {@code eci} unpadded as in the seed ({@code "5"}, Mastercard {@code "2"}, for
 * Y; {@code "7"}/{@code "0"} for N and U); a CAVV (base64 of 20 bytes) for Y and A, {@code ""} otherwise.
 */
public record PaRes(String amount, String currency, String merchantId, String last4, String eci, String cavv,
                    String cavvAlgorithm, String xid, String status) {

    static PaRes of(Cycle cycle, TransStatus result) {
        Purchase purchase = cycle.purchase();
        return new PaRes(purchase.minorUnits(), purchase.currency().getCurrencyCode(), PaReq.MERCHANT_ID,
                cycle.card().lastFour(), result.eci(cycle.card().brand()),
                result.authenticated() ? TransactionIds.newCavv() : "", "test", cycle.ids().xid(), result.name());
    }

    /** The {@code PaRes} of a re-POST; empty unless it decodes to a JSON object. Members may be null. */
    static Optional<PaRes> decode(String paRes) {
        return Base64UrlJson.decode(paRes).map(json -> new PaRes(json.text("amount").orElse(null),
                json.text("currency").orElse(null), json.text("merchant_id").orElse(null),
                json.text("last4").orElse(null), json.text("eci").orElse(null), json.text("cavv").orElse(null),
                json.text("cavv_algorithm").orElse(null), json.text("xid").orElse(null),
                json.text("status").orElse(null)));
    }

    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("amount", amount)
                .add("currency", currency)
                .add("merchant_id", merchantId)
                .add("last4", last4)
                .add("eci", eci)
                .add("cavv", cavv)
                .add("cavv_algorithm", cavvAlgorithm)
                .add("xid", xid)
                .add("status", status)
                .build();
    }

    String encoded() {
        return Base64UrlJson.encode(toJson());
    }
}
