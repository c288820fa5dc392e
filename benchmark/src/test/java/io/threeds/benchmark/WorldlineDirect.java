package io.threeds.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The worldline Create Payment request the gateway sends for the benchmark's frictionless card, built and
 * signed here as the gateway builds and signs it (ejb-module's WorldlineWire.createPayment and
 * WorldlineSigning, GCS v1HMAC over method, content type, date and path), with the sandbox's development
 * credentials ({@code worldline.api-key-id}/{@code worldline.api-secret} in the gateway's
 * microprofile-config.properties; {@code -Dworldline.apiKeyId}/{@code -Dworldline.apiSecret} to override).
 */
final class WorldlineDirect {
    static final String CONTENT_TYPE = "application/json";
    static final String PAYMENTS = "/v1/70417/payments";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US);
    private static final String BODY = """
            {"cardPaymentMethodSpecificInput":{"card":{"cardNumber":"%s","expiryDate":"1230",\
            "cardholderName":"Jane Doe"},"isRecurring":false,"paymentProductId":1,"transactionChannel":"ECOMMERCE",\
            "threeDSecure":{"challengeIndicator":"no-preference","challengeCanvasSize":"600x400",\
            "authenticationFlow":"browser","redirectionData":{"returnUrl":"%s/3ds/%s/return"}}},\
            "order":{"amountOfMoney":{"currencyCode":"EUR","amount":1000},"customer":{"accountType":"none",\
            "device":{"acceptHeader":"text/html","browserData":{"colorDepth":24,"javaEnabled":false,\
            "screenHeight":"1080","screenWidth":"1920","javaScriptEnabled":true},"ipAddress":"192.0.2.10",\
            "locale":"en-US","userAgent":"Mozilla/5.0","timezoneOffsetUtcMinutes":"-60"}},\
            "references":{"merchantReference":"bench-%s"}}}""";

    private final String baseUrl;
    private final String apiKeyId = System.getProperty("worldline.apiKeyId", "sandbox-key");
    private final String apiSecret = System.getProperty("worldline.apiSecret", "sandbox-secret");

    WorldlineDirect(String sandboxUrl) {
        this.baseUrl = sandboxUrl + "/sandbox/worldline";
    }

    String baseUrl() {
        return baseUrl;
    }

    String createPayment(String cardNumber) {
        String id = UUID.randomUUID().toString();
        return BODY.formatted(cardNumber, "http://localhost:9080", id, id);
    }

    static String date() {
        return DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    String authorization(String date) {
        String signed = "POST\n" + CONTENT_TYPE + "\n" + date + "\n" + PAYMENTS + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "GCS v1HMAC:" + apiKeyId + ":"
                    + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
