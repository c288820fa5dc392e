package io.threeds.gateway.provider.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WorldlineSignatureTest {

    @Test
    void dateHasATwoDigitDayAndIsAlwaysGmt() {
        assertEquals("Tue, 03 Jun 2025 08:00:00 GMT",
                WorldlineSignature.date(ZonedDateTime.of(2025, 6, 3, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))));
        assertEquals("Sun, 30 Nov 2025 23:59:59 GMT",
                WorldlineSignature.date(ZonedDateTime.of(2025, 11, 30, 23, 59, 59, 0, ZoneId.of("UTC"))));
    }

    @Test
    void signsMethodContentTypeDateAndPathEachFollowedByANewline() throws Exception {
        String date = "Tue, 03 Jun 2025 08:00:00 GMT";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                ("POST\napplication/json; charset=UTF-8\n" + date + "\n/v1/70417/payments\n")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("GCS v1HMAC:key:" + expected, new WorldlineSignature("key", "secret")
                .authorization("POST", "application/json; charset=UTF-8", date, "/v1/70417/payments"));
    }
}
