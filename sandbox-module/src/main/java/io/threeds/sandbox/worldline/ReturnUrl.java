package io.threeds.sandbox.worldline;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the shopper goes back to after Worldline's pages: the merchant's {@code returnUrl} with
 * {@code RETURNMAC} and {@code paymentId} added to its query (G-W7), before any fragment.
 */
final class ReturnUrl {

    private ReturnUrl() {
    }

    static URI of(String returnUrl, String returnMac, String paymentId) {
        int hash = returnUrl.indexOf('#');
        String fragment = hash < 0 ? "" : returnUrl.substring(hash);
        String base = hash < 0 ? returnUrl : returnUrl.substring(0, hash);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return URI.create(base + separator + "RETURNMAC=" + encode(returnMac) + "&paymentId=" + encode(paymentId)
                + fragment);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
