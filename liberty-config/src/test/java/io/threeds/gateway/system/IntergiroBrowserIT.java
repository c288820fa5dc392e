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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * intergiro's steps in real headless Chromium: each in the hosted page's iframe, shown or hidden as the
 * error's {@code details.visible} says (001:7), the shopper typing only where the ACS asks.
 */
class IntergiroBrowserIT {
    private static Merchant merchant;
    private ChromeDriver browser;
    private MerchantShop shop;

    @BeforeAll
    static void merchant() {
        merchant = Gateway.newMerchant("intergiro");
    }

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
    void methodHiddenThenTheChallengeShownWithItsCode() {
        String id = start("4111111111111111");
        typeInTheVisibleFrame("1234");
        JsonObject done = finished(id);
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("CHALLENGE", done.getString("flow"));
        assertEquals("AUTHORIZED", done.getJsonObject("authorization").getString("status"));
    }

    @Test
    void aChallengeTheIssuerDecidesAloneCompletesWithoutTheShopper() {
        String id = start("4000000000002719");
        JsonObject done = finished(id);
        assertEquals("A", done.getString("transStatus"));
        assertTrue(done.getBoolean("liabilityShift"));
    }

    @Test
    void theThreeDS1PageRelaysAPaResTheGatewayDoesNotRead() {
        String id = start("4000000000000002");
        typeInTheVisibleFrame("1234");
        JsonObject done = finished(id);
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("THREEDS1", done.getString("flow"));
        assertTrue(done.isNull("eci"), "the ECI is in the PaRes, which only Intergiro reads");
        assertFalse(done.getBoolean("liabilityShift"));
    }

    @Test
    void antifraudThenTheMethodBothHidden() {
        String id = start("4000000000010001");
        JsonObject done = finished(id);
        assertEquals("Y", done.getString("transStatus"));
        assertEquals("FRICTIONLESS", done.getString("flow"));
    }

    /** The shopper answers the issuer's page shown in the hosted page's visible iframe. */
    private void typeInTheVisibleFrame(String code) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.frame")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys(code);
        Chromium.press(browser, browser.findElement(By.cssSelector("button[value=submit]")));
    }

    /** Creates the authentication and opens its hosted page in the shopper's browser. */
    private String start(String card) {
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, shop.returnUrl()));
        assertEquals(201, created.status(), created.body());
        browser.get(created.json().getJsonObject("nextAction").getString("url"));
        return created.json().getString("id");
    }

    /** Waits for the shop's page, checks the shopper came back with the id, and reads the authentication. */
    private JsonObject finished(String id) {
        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
        return Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
    }
}
