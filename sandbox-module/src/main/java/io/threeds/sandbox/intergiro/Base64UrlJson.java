package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The encoding of every blob that travels through the browser (method data, CReq, CRes, PaReq, PaRes)
 * and of the card token's parts: a JSON object, stringified, then base64url without padding, as
 * 3dsecure.io writes them. Decoding is lenient: padding, the standard alphabet ({@code +}, {@code /}) and
 * surrounding white space are accepted, since merchants' JavaScript often encodes with {@code btoa}.
 */
final class Base64UrlJson {

    private Base64UrlJson() {
    }

    static String encode(JsonObject json) {
        return encode(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The JSON object encoded in the text, or empty when it is not base64(url) of a JSON object. */
    static Optional<RequestBody> decode(String text) {
        return decodeBytes(text).flatMap(bytes -> RequestBody.parse(new String(bytes, StandardCharsets.UTF_8)));
    }

    static Optional<byte[]> decodeBytes(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(text.strip().replace('+', '-').replace('/', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
