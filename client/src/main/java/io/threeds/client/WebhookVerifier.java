package io.threeds.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the gateway's webhook signature (API.md §4) on the merchant's endpoint:
 * {@code Threeds-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>}. The body
 * must be the raw bytes as received, before any JSON parsing. During a secret rotation the gateway sends
 * one {@code v1} per secret, and the merchant may hold both secrets too: any match of any secret passes.
 * Every comparison is constant-time; a timestamp further than the tolerance from now (either way) is
 * refused, so a captured request cannot be replayed later.
 */
public final class WebhookVerifier {
    public static final String HEADER = "Threeds-Signature";
    private static final Jsonb JSON = JsonbBuilder.create();

    private final List<byte[]> secrets;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("at least one webhook secret, none empty");
        }
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** One secret, five minutes' tolerance. */
    public WebhookVerifier(String secret) {
        this(List.of(secret), Duration.ofMinutes(5), Clock.systemUTC());
    }

    /** Verifies, then reads the event; drop an {@code id} already processed (delivery is at least once). */
    public WebhookEvent read(String signatureHeader, byte[] rawBody) {
        verify(signatureHeader, rawBody);
        return JSON.fromJson(new String(rawBody, StandardCharsets.UTF_8), WebhookEvent.class);
    }

    public void verify(String signatureHeader, byte[] rawBody) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidWebhookSignature("no " + HEADER + " header");
        }
        String timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : signatureHeader.split(",")) {
            int eq = element.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = element.substring(0, eq).trim();
            String value = element.substring(eq + 1).trim();
            if (name.equals("t")) {
                if (timestamp != null) {
                    throw new InvalidWebhookSignature("more than one timestamp");
                }
                timestamp = value;
            } else if (name.equals("v1") && value.length() == 64) {
                try {
                    signatures.add(HexFormat.of().parseHex(value));
                } catch (IllegalArgumentException e) {
                    // not hex: matches nothing
                }
            }
        }
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 12
                || !timestamp.chars().allMatch(Character::isDigit)) {
            throw new InvalidWebhookSignature("no valid timestamp");
        }
        if (signatures.isEmpty()) {
            throw new InvalidWebhookSignature("no v1 signature");
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw new InvalidWebhookSignature("timestamp outside the tolerance of " + tolerance.toSeconds() + " s");
        }
        byte[] signed = signedPayload(timestamp, rawBody);
        boolean matched = false;
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, signed);
            for (byte[] signature : signatures) {
                matched |= MessageDigest.isEqual(expected, signature);
            }
        }
        if (!matched) {
            throw new InvalidWebhookSignature("no signature matches");
        }
    }

    private static byte[] signedPayload(String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, payload, 0, prefix.length);
        System.arraycopy(body, 0, payload, prefix.length, body.length);
        return payload;
    }

    private static byte[] hmac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
