package io.threeds.sandbox.worldline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Worldline Connect's request signature,
 * {@code Authorization: GCS v1HMAC:<apiKeyId>:<base64(HMAC-SHA256(secret, stringToSign))>} with
 * {@code stringToSign = METHOD \n contentType \n date \n path \n}, the path being the one after the
 * simulator's base ({@code /v1/70417/payments}).
 *
 * <p>Lenient on one point only: the content type may be signed as sent or without its parameters
 * ({@code application/json} for {@code application/json; charset=UTF-8}), since HTTP clients add a
 * charset on their own; a GET is signed with an empty content type.
 */
public record GcsSignature(String apiKeyId, String secret) {
    static final String SCHEME = "GCS v1HMAC:";

    public String sign(String method, String contentType, String date, String path) {
        String toSign = method + "\n" + contentType + "\n" + date + "\n" + path + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether the header is a well-formed {@code GCS v1HMAC} authorization of this key over the request. */
    public boolean accepts(String authorization, String method, String contentTypeHeader, String date, String path) {
        if (authorization == null || !authorization.startsWith(SCHEME) || date == null || date.isBlank()) {
            return false;
        }
        String credentials = authorization.substring(SCHEME.length());
        int colon = credentials.lastIndexOf(':');
        if (colon < 0 || !credentials.substring(0, colon).equals(apiKeyId)) {
            return false;
        }
        byte[] given = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return contentTypes(method, contentTypeHeader).stream()
                .map(contentType -> sign(method, contentType, date, path).getBytes(StandardCharsets.UTF_8))
                .anyMatch(expected -> MessageDigest.isEqual(expected, given));
    }

    private static Set<String> contentTypes(String method, String header) {
        Set<String> candidates = new LinkedHashSet<>();
        if ("GET".equals(method) || header == null) {
            candidates.add("");
        }
        if (header != null) {
            candidates.add(header);
            candidates.add(header.split(";", 2)[0].trim());
        }
        return candidates;
    }
}
