package io.threeds.gateway.merchant;

import io.threeds.gateway.model.WebOrigins;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A merchant's logo, fetched once when the admin sets its URL and kept as a {@code data:} URI, so that
 * the hosted page inlines it: rendering fetches nothing and the page's CSP needs no image origin. Only
 * PNG, JPEG, GIF and WebP (checked by their magic bytes, not the server's word) up to 32 KiB; no SVG
 * (it can carry script); no redirects; outside the sandbox no loopback, private or link-local address.
 */
final class MerchantLogo {
    static final int MAX_BYTES = 32 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Map<String, byte[]> MAGIC = Map.of(
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", new byte[]{'G', 'I', 'F', '8'},
            "image/webp", new byte[]{'R', 'I', 'F', 'F'});

    private MerchantLogo() {
    }

    /** The logo as a data: URI; an {@link IllegalArgumentException} says why it cannot be the logo. */
    static String fetch(String url, boolean sandbox) {
        if (!WebOrigins.isAcceptableUrl(url, sandbox)) {
            throw new IllegalArgumentException("must be an https URL");
        }
        URI uri = URI.create(url);
        if (!sandbox) {
            OutboundAddress.SYSTEM.refusal(url).ifPresent(refusal -> {
                throw new IllegalArgumentException("must not point to a loopback, private or link-local address ("
                        + refusal + ")");
            });
        }
        byte[] image;
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Accept", "image/png, image/jpeg, image/gif, image/webp").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalArgumentException("answered HTTP " + response.statusCode() + ", not 200");
                }
                image = body.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("could not be fetched (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("could not be fetched (interrupted)");
        }
        if (image.length > MAX_BYTES) {
            throw new IllegalArgumentException("is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        return MAGIC.entrySet().stream().filter(type -> startsWith(image, type.getValue())).findFirst()
                .map(type -> "data:" + type.getKey() + ";base64," + Base64.getEncoder().encodeToString(image))
                .orElseThrow(() -> new IllegalArgumentException("is not a PNG, JPEG, GIF or WebP image"));
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
