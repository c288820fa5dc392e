package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every SANDBOX.md row that takes the shopper's browser, through every provider, in headless Chromium,
 * with the simulators on their own origin: whatever the provider's mechanism (a full-page redirect,
 * hidden 3DS Method or device-data frames, a challenge iframe, Songbird's modal, a 3DS 1.0 page), the
 * shopper types the code wherever the issuer's page asks for it and ends on the shop's return page.
 */
class BrowserRowsIT {
    private static ChromeDriver browser;
    private static MerchantShop shop;

    @BeforeAll
    static void open() throws Exception {
        browser = Chromium.start();
        shop = new MerchantShop();
    }

    @AfterAll
    static void close() {
        browser.quit();
        shop.close();
    }

    @ParameterizedTest(name = "{0} {1} code {2}: {3}")
    @CsvSource({
            "worldline, 4000000000002503, 1234, Y", "worldline, 4000000000002503, 0000, N",
            "worldline, 4000000000002370, 1234, N", "worldline, 4000000000002420, 1234, U",
            "worldline, 4000100000000000, 1234, Y", "worldline, 4111111111111111, 1234, Y",
            "worldline, 4000000000010001, 1234, Y", "worldline, 4000000000000002, 1234, Y",
            "paysafe, 4000000000002503, 1234, Y", "paysafe, 4000000000002503, 0000, N",
            "paysafe, 4000000000002370, 1234, N", "paysafe, 4000000000002420, 1234, U",
            "paysafe, 4000100000000000, 1234, Y", "paysafe, 4111111111111111, 1234, Y",
            "paysafe, 4000000000010001, 1234, Y", "paysafe, 4000000000000002, 1234, Y",
            "intergiro, 4000000000002503, 1234, Y", "intergiro, 4000000000002503, 0000, N",
            "intergiro, 4000000000002370, 1234, N", "intergiro, 4000000000002420, 1234, U",
            "intergiro, 4000100000000000, 1234, Y", "intergiro, 4111111111111111, 1234, Y",
            "intergiro, 4000000000010001, 1234, Y", "intergiro, 4000000000000002, 1234, Y",
            "firstoken, 4000000000002503, 1234, Y", "firstoken, 4000000000002503, 0000, N",
            "firstoken, 4000000000002370, 1234, N", "firstoken, 4000000000002420, 1234, U",
            "firstoken, 4000100000000000, 1234, Y", "firstoken, 4111111111111111, 1234, Y",
            "firstoken, 4000000000010001, 1234, Y", "firstoken, 4000000000000002, 1234, Y",
            "verifone, 4000000000002503, 1234, Y", "verifone, 4000000000002503, 0000, N",
            "verifone, 4000000000002370, 1234, N", "verifone, 4000000000002420, 1234, U",
            "verifone, 4000100000000000, 1234, Y", "verifone, 4111111111111111, 1234, Y",
            "verifone, 4000000000010001, 1234, Y", "verifone, 4000000000000002, 1234, Y"})
    void theShopperGetsThroughTheRow(String provider, String card, String code, String transStatus)
            throws InterruptedException {
        Merchant merchant = Gateway.newMerchant(provider);
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), card, shop.returnUrl()));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        if (!created.json().isNull("nextAction")) {
            browser.get(created.json().getJsonObject("nextAction").getString("url"));
            shopUntilBack(code);
            assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
        }
        JsonObject done = Gateway.get("/api/v1/authentications/" + id, merchant.key()).json();
        assertEquals(transStatus, done.getString("transStatus"), done.toString());
        assertEquals("COMPLETED", done.getString("state"));
    }

    /** Types the code into the issuer's page wherever it shows (this window or a frame) until the shop's page. */
    private static void shopUntilBack(String code) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        boolean answered = false;
        while (!"Order confirmed".equals(browser.getTitle())) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still on " + browser.getCurrentUrl() + " (" + browser.getTitle() + ")");
            }
            if (!answered) {
                answered = answerIn(browser.switchTo().defaultContent(), code);
            }
            Thread.sleep(200);
        }
    }

    /** Looks for the one-time-code field in this document and its visible frames, depth first. */
    private static boolean answerIn(WebDriver document, String code) {
        try {
            List<WebElement> fields = document.findElements(By.name("otp"));
            if (!fields.isEmpty() && fields.get(0).isDisplayed()) {
                fields.get(0).sendKeys(code);
                Chromium.press(document, document.findElement(By.cssSelector("button[value=submit]")));
                return true;
            }
            for (WebElement frame : document.findElements(By.tagName("iframe"))) {
                if (frame.isDisplayed()) {
                    boolean answered = answerIn(document.switchTo().frame(frame), code);
                    document.switchTo().parentFrame();
                    if (answered) {
                        return true;
                    }
                }
            }
        } catch (WebDriverException navigatedMeanwhile) {
            // The page moved on while we looked (a stale element, a frame gone, Chromium's "node does not
            // belong to the document"): look again on the next round.
        }
        return false;
    }
}
