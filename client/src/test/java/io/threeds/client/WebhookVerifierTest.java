package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final long NOW = 1_795_000_000L;
    private static final String BODY = "{\"id\":\"evt-1\",\"type\":\"authentication.completed\","
            + "\"createdAt\":\"2026-11-22T10:00:01Z\",\"data\":{\"id\":\"a-1\",\"state\":\"COMPLETED\","
            + "\"transStatus\":\"Y\",\"eci\":\"05\",\"liabilityShift\":true,\"amount\":{\"value\":1000,\"currency\":\"EUR\"}}}";
    private final WebhookVerifier verifier = new WebhookVerifier(List.of("whsec-new"), Duration.ofMinutes(5),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    /** As the gateway's WebhookSignature signs: hex HMAC-SHA256(secret, t + "." + body). */
    private static String v1(String secret, long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheGatewaysSignatureAndReadsTheEvent() throws Exception {
        WebhookEvent event = verifier.read("t=" + NOW + ",v1=" + v1("whsec-new", NOW, BODY), bytes(BODY));
        assertEquals("evt-1", event.id());
        assertEquals("authentication.completed", event.type());
        assertEquals(Instant.parse("2026-11-22T10:00:01Z"), event.createdAt());
        assertEquals("Y", event.data().transStatus());
        assertEquals("05", event.data().eci());
        assertEquals(1000, event.data().amount().value());
    }

    @Test
    void acceptsAnyMatchDuringSecretRotation() throws Exception {
        String header = "t=" + NOW + ",v1=" + v1("whsec-old", NOW, BODY) + ",v1=" + v1("whsec-new", NOW, BODY);
        assertDoesNotThrow(() -> verifier.verify(header, bytes(BODY)));
        WebhookVerifier holdingBoth = new WebhookVerifier(List.of("whsec-newest", "whsec-new"), Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
        assertDoesNotThrow(() -> holdingBoth.verify("t=" + NOW + ",v1=" + v1("whsec-new", NOW, BODY), bytes(BODY)));
    }

    @Test
    void refusesAChangedBody() throws Exception {
        String header = "t=" + NOW + ",v1=" + v1("whsec-new", NOW, BODY);
        InvalidWebhookSignature refused = assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify(header, bytes(BODY.replace("\"Y\"", "\"N\""))));
        assertEquals("no signature matches", refused.getMessage());
    }

    @Test
    void refusesAnotherSecret() throws Exception {
        assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + NOW + ",v1=" + v1("whsec-other", NOW, BODY), bytes(BODY)));
    }

    @Test
    void refusesATimestampOutsideTheTolerance() throws Exception {
        long old = NOW - 301;
        InvalidWebhookSignature replayed = assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + old + ",v1=" + v1("whsec-new", old, BODY), bytes(BODY)));
        assertEquals("timestamp outside the tolerance of 300 s", replayed.getMessage());
        long future = NOW + 301;
        assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + future + ",v1=" + v1("whsec-new", future, BODY), bytes(BODY)));
        long edge = NOW - 300;
        assertDoesNotThrow(() -> verifier.verify("t=" + edge + ",v1=" + v1("whsec-new", edge, BODY), bytes(BODY)));
    }

    @Test
    void refusesTheTimestampSignedUnderAnother() throws Exception {
        long signedAt = NOW - 10;
        assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + NOW + ",v1=" + v1("whsec-new", signedAt, BODY), bytes(BODY)));
    }

    @Test
    void refusesMalformedHeaders() throws Exception {
        String v1 = v1("whsec-new", NOW, BODY);
        assertThrows(InvalidWebhookSignature.class, () -> verifier.verify(null, bytes(BODY)));
        assertThrows(InvalidWebhookSignature.class, () -> verifier.verify("v1=" + v1, bytes(BODY)));
        assertThrows(InvalidWebhookSignature.class, () -> verifier.verify("t=" + NOW, bytes(BODY)));
        assertThrows(InvalidWebhookSignature.class, () -> verifier.verify("t=-5,v1=" + v1, bytes(BODY)));
        assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + NOW + ",t=" + NOW + ",v1=" + v1, bytes(BODY)));
        assertThrows(InvalidWebhookSignature.class,
                () -> verifier.verify("t=" + NOW + ",v1=" + v1.substring(2) + "zz", bytes(BODY)));
    }
}
