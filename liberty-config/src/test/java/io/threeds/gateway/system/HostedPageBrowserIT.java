package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A shopper in real headless Chromium: hosted page, the simulator's ACS page, back at the shop. */
class HostedPageBrowserIT {
    private ChromeDriver browser;
    private MerchantShop shop;

    @BeforeEach
    void open() throws Exception {
        browser = Chromium.start();
        shop = new MerchantShop();
    }

    @AfterEach
    void close() {
        browser.quit();
        shop.close();
    }

    @Test
    void shopperCompletesAWorldlineChallengeWith1234() {
        JsonObject done = challenge("4000000000002503", "1234");
        assertEquals("COMPLETED", done.getString("state"));
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("05", done.getString("eci"));
        assertTrue(done.getBoolean("liabilityShift"));
    }

    @Test
    void shopperTypesAWrongCode() {
        JsonObject done = challenge("4000000000002503", "9876");
        assertEquals("N", done.getString("transStatus"));
        assertEquals("DO_NOT_PROCEED", done.getString("recommendedAction"));
    }

    @Test
    void shopperCompletesIntergirosMethodThenChallengeInTheHostedPagesIframes() {
        JsonObject done = framedChallenge("intergiro", "4111111111111111", "1234");
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("CHALLENGE", done.getString("flow"));
        assertEquals("AUTHORIZED", done.getJsonObject("authorization").getString("status"));
    }

    @Test
    void shopperCompletesIntergirosThreeDS1Page() {
        JsonObject done = framedChallenge("intergiro", "4000000000000002", "1234");
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("THREEDS1", done.getString("flow"));
        assertTrue(done.isNull("eci"), "the PaRes is relayed to intergiro unread: its ECI is not the gateway's to see");
    }

    @Test
    void shopperCompletesPaysafesAcsPage() {
        JsonObject done = framedChallenge("paysafe", "4000000000002503", "1234");
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("THREEDS1", done.getString("flow"));
        assertTrue(done.getBoolean("liabilityShift"));
    }

    @Test
    void shopperCompletesFirstokensDeviceDataAndStepUp() {
        JsonObject done = framedChallenge("firstoken", "4000000000002503", "1234");
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("CHALLENGE", done.getString("flow"));
        assertTrue(done.getBoolean("liabilityShift"));
    }

    @Test
    void shopperFailsFirstokensStepUp() {
        JsonObject done = framedChallenge("firstoken", "4000000000002503", "0000");
        assertEquals("N", done.getString("transStatus"));
        assertEquals("DO_NOT_PROCEED", done.getString("recommendedAction"));
    }

    @Test
    void shopperCompletesVerifonesSongbirdChallenge() {
        JsonObject done = songbirdChallenge("4000000000002503", "1234", false);
        assertEquals("Y", done.getString("transStatus"));
        assertTrue(done.getBoolean("liabilityShift"));
    }

    @Test
    void shopperLeavesVerifonesChallengeWithTheExitButton() {
        JsonObject done = songbirdChallenge("4000000000002503", null, true);
        assertEquals("U", done.getString("transStatus"));
        assertFalse(done.getBoolean("liabilityShift"));
    }

    @Test
    void shopperPaysWithACardVerifoneJsEncryptedInTheirBrowser() {
        browser.get(shop.payUrl());
        browser.findElement(By.name("number")).sendKeys("4000000000002503");
        browser.findElement(By.name("cvv")).sendKeys("123");
        browser.findElement(By.tagName("button")).click();
        String encrypted = new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> {
            String text = page.findElement(By.id("encrypted")).getText();
            return text.isEmpty() ? null : text;
        });
        assertFalse(encrypted.contains("4000000000002503"));

        JsonObject done = throughSongbird(Gateway.encryptedCardRequest(Gateway.reference(), encrypted,
                shop.returnUrl()), "1234", false);
        assertEquals("Y", done.getString("transStatus"));
        assertTrue(done.getBoolean("liabilityShift"));
        assertEquals("VISA", done.getJsonObject("card").getString("brand"));
    }

    private JsonObject songbirdChallenge(String card, String code, boolean exit) {
        return throughSongbird(Gateway.authenticationRequest(Gateway.reference(), card, shop.returnUrl()), code,
                exit);
    }

    /** Songbird's modal: the page runs the SDK, the ACS opens in its iframe, the shopper answers or exits. */
    private JsonObject throughSongbird(String request, String code, boolean exit) {
        Merchant merchant = Gateway.newMerchant("verifone");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(), request);
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        browser.get(created.json().getJsonObject("nextAction").getString("url"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.name("cardinal-challenge")));
        if (exit) {
            Chromium.press(browser,
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=cancel]"))));
        } else {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys(code);
            Chromium.press(browser, browser.findElement(By.cssSelector("button[value=submit]")));
        }
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    /** A provider whose challenge runs in the hosted page's visible iframe, after any hidden device step. */
    private JsonObject framedChallenge(String provider, String card, String code) {
        Merchant merchant = Gateway.newMerchant(provider);
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, shop.returnUrl()));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        browser.get(created.json().getJsonObject("nextAction").getString("url"));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys(code);
        Chromium.press(browser, browser.findElement(By.cssSelector("button[value=submit]")));
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }

    private JsonObject challenge(String card, String code) {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, shop.returnUrl()));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        browser.get(created.json().getJsonObject("nextAction").getString("url"));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys(code);
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        wait.until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
        assertEquals("authenticationId=" + id, browser.findElement(By.id("query")).getText());
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }
}
