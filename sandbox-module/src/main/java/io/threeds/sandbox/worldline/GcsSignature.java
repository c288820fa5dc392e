package io.threeds.sandbox.worldline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Worldline Connect's request signature,
 * {@code Authorization: GCS v1HMAC:<apiKeyId>:<base64(HMAC-SHA256(secret, stringToSign))>} with
 * {@code stringToSign = METHOD \n contentType \n date \n path \n}, the path being the one after the
 * simulator's base ({@code /v1/70417/payments}) [X; the seed has no word on authentication, G-W1].
 *
 * <p>As strict as Connect: the content type signed is exactly the {@code Content-Type} header sent,
 * parameters and spacing included (a GET, which sends none, signs an empty one); the {@code Date} header
 * is RFC 1123 as Connect parses it, two-digit day and {@code GMT} ({@code Tue, 03 Jun 2025 08:00:00 GMT}),
 * and no further than {@link #MAX_CLOCK_SKEW} from the simulator's clock.
 */
public record GcsSignature(String apiKeyId, String secret) {
    static final String SCHEME = "GCS v1HMAC:";
    /** Connect refuses stale or future dates [X]; the width of the window is the simulator's choice. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);

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

    /**
     * Whether the header is a well-formed {@code GCS v1HMAC} authorization of this key over the request
     * as sent, dated near {@code now}.
     */
    public boolean accepts(String authorization, String method, String contentTypeHeader, String date, String path,
                           Instant now) {
        if (authorization == null || !authorization.startsWith(SCHEME) || !isCurrent(date, now)) {
            return false;
        }
        String credentials = authorization.substring(SCHEME.length());
        int colon = credentials.lastIndexOf(':');
        if (colon < 0 || !credentials.substring(0, colon).equals(apiKeyId)) {
            return false;
        }
        byte[] given = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        String signedContentType = contentTypeHeader == null ? "" : contentTypeHeader;
        return MessageDigest.isEqual(sign(method, signedContentType, date, path).getBytes(StandardCharsets.UTF_8),
                given);
    }

    /** A {@code Date} in Connect's form within the clock-skew window around {@code now}. */
    static boolean isCurrent(String date, Instant now) {
        return parse(date).filter(sent -> Duration.between(sent, now).abs().compareTo(MAX_CLOCK_SKEW) <= 0)
                .isPresent();
    }

    private static Optional<Instant> parse(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date, DATE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
