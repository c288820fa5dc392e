package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.client.TestCards;
import io.threeds.gateway.system.Gateway.Answer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample shop (sample-shop/) as a merchant runs it: its WAR on a Liberty server of its own beside the
 * gateway, configured from the environment with a merchant the admin API created for it (the shop's
 * origin as the return origin, its endpoint as the webhook URL). A shopper in Chromium pays on its checkout
 * page; the shop's result page shows the outcome and that the gateway's webhook reached the shop and
 * passed its signature check. Webhooks to this machine's loopback address are sent in the sandbox profile
 * only, which the system tests run.
 */
class SampleShopIT {
    private static final String SHOP = "http://localhost:" + Integer.getInteger("shop.port", 9083);
    private static ServerCopy server;
    private static String merchantKey;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Answer created = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), """
                {"name": "sample-shop-%s", "defaultProvider": "worldline", "webhookUrl": "%s/webhooks",
                 "allowedReturnOrigins": ["%s"]}""".formatted(UUID.randomUUID(), SHOP, SHOP));
        assertEquals(201, created.status(), created.body());
        merchantKey = created.json().getString("apiKey");
        server = ServerCopy.of("sample-shop", Path.of(System.getProperty("shop.server.xml")),
                Path.of(System.getProperty("shop.war")), "sample-shop.war");
        server.start(Map.of("SHOP_HTTP_PORT", String.valueOf(URI.create(SHOP).getPort()),
                "SHOP_GATEWAY_URL", Gateway.URL,
                "SHOP_API_KEY", merchantKey,
                "SHOP_WEBHOOK_SECRET", created.json().getString("webhookSecret"),
                "SHOP_BASE_URL", SHOP), SHOP + "/checkout");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aFrictionlessPurchaseEndsOnTheShopsResultPageWithTheWebhookVerified() {
        checkout(TestCards.FRICTIONLESS_AUTHENTICATED);
        String id = awaitResultWithWebhook();
        assertResult(id, TestCards.FRICTIONLESS_AUTHENTICATED, "COMPLETED", "Y", "05");
    }

    @Test
    void aChallengePurchaseGoesThroughTheHostedPageAndComesBackToTheShop() {
        checkout(TestCards.CHALLENGE);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys(TestCards.CHALLENGE_CODE);
        assertFalse(browser.getCurrentUrl().startsWith(SHOP), "the challenge is the bank's page, not the shop's");
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        String id = awaitResultWithWebhook();
        assertResult(id, TestCards.CHALLENGE, "COMPLETED", "Y", "05");
    }

    @Test
    void aFailedChallengeIsShownAsNotAuthenticated() {
        checkout(TestCards.CHALLENGE);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys("9876");
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        String id = awaitResultWithWebhook();
        assertResult(id, TestCards.CHALLENGE, "COMPLETED", "N", "07");
        assertEquals("DO_NOT_PROCEED", browser.findElement(By.id("recommended-action")).getText());
    }

    @Test
    void aForgedWebhookIsRefusedAndTheShopDoesNotBelieveIt() throws Exception {
        Answer created = Gateway.createAuthentication(merchantKey, UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), TestCards.CHALLENGE, SHOP + "/checkout/done"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        String forged = """
                {"id": "%s", "type": "authentication.completed", "createdAt": "%s",
                 "data": {"id": "%s", "state": "COMPLETED", "transStatus": "Y", "eci": "05"}}"""
                .formatted(UUID.randomUUID(), Instant.now(), id);
        long now = Instant.now().getEpochSecond();
        assertEquals(401, webhook(forged, "t=" + now + ",v1=" + hmac("not-the-secret", now + "." + forged)).status(),
                "signed with another secret");
        assertEquals(401, webhook(forged, null).status(), "unsigned");

        browser.get(SHOP + "/checkout/done?authenticationId=" + id);
        assertEquals("PENDING_BROWSER", browser.findElement(By.id("state")).getText());
        assertEquals("awaiting the gateway's webhook", browser.findElement(By.id("webhook")).getText());
    }

    /** The shopper fills the shop's checkout page with this card and pays. */
    private void checkout(String card) {
        LeakLedger.sent("{\"number\": \"" + card + "\"}");
        browser.get(SHOP + "/checkout");
        browser.findElement(By.id("cardNumber")).sendKeys(card);
        browser.findElement(By.tagName("button")).click();
    }

    /** Waits, on the shop's result page (it reloads itself), for the verified webhook; the authentication's id. */
    private String awaitResultWithWebhook() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> {
            try {
                return page.findElement(By.id("webhook")).getText().startsWith("webhook verified");
            } catch (WebDriverException reloading) {
                return false;
            }
        });
        String url = browser.getCurrentUrl();
        assertTrue(url.startsWith(SHOP + "/checkout/done?authenticationId="), url);
        return url.substring(url.indexOf('=') + 1);
    }

    private void assertResult(String id, String card, String state, String transStatus, String eci) {
        assertEquals(state, browser.findElement(By.id("state")).getText());
        assertEquals(transStatus, browser.findElement(By.id("trans-status")).getText());
        assertEquals(eci, browser.findElement(By.id("eci")).getText());
        assertEquals("webhook verified: authentication.completed, " + state,
                browser.findElement(By.id("webhook")).getText());
        JsonObject authentication = Gateway.get("/api/v1/authentications/" + id, merchantKey).json();
        assertEquals(transStatus, authentication.getString("transStatus"), "the page shows the gateway's result");
        String page = browser.getPageSource();
        assertFalse(page.contains(card), "no card number on the result page");
        if (!authentication.isNull("authenticationValue")) {
            assertFalse(page.contains(authentication.getString("authenticationValue")),
                    "no authentication value on the result page");
        }
        assertEquals(1, Database.count("SELECT COUNT(*) FROM webhook_delivery WHERE authentication_id = ? "
                + "AND delivered_at IS NOT NULL AND last_status = 204", id), "the shop answered the webhook 204");
    }

    private static Answer webhook(String body, String signature) {
        HttpRequest.Builder request = Gateway.request(SHOP + "/webhooks", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return Gateway.send(signature == null ? request : request.header("Threeds-Signature", signature));
    }

    private static String hmac(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
