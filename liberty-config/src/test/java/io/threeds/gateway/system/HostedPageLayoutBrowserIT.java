package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a shopper sees of the hosted page in headless Chromium, on a phone (360x640, 320 wide for the end
 * page) and a desktop (1280x800): their language, who is paid and how much, the progress of a hidden
 * step, the challenge frame's size, no horizontal scrolling, keyboard reach. Screenshots go to
 * {@code target/screenshots}.
 */
class HostedPageLayoutBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
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
    void aGermanShopperOnAPhoneGetsTheChallengeFullWidthInGermanUnderTheMerchantsBrand() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 640));
        Answer branded = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), """
                {"name": "it-%s", "defaultProvider": "firstoken",
                 "branding": {"displayName": "Blumen Müller", "logoUrl": "%s", "accentColor": "#7a1fa2"}}"""
                .formatted(UUID.randomUUID(), shop.logoUrl()));
        assertEquals(201, branded.status(), branded.body());
        assertEquals("Blumen Müller", branded.json().getJsonObject("branding").getString("displayName"));
        Merchant merchant = new Merchant(branded.json().getString("id"), branded.json().getString("apiKey"));
        String id = openHostedPage(merchant, "4000000000002503", "de-DE").json().getString("id");

        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.frame")));
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Ihre Zahlung wird bestätigt", browser.findElement(By.tagName("h1")).getText());
        String payee = text(By.cssSelector("header.payee"));
        assertTrue(payee.contains("Zahlung an Blumen Müller"), payee);
        assertTrue(payee.contains("Betrag: 10,00 €"), payee);
        WebElement logo = browser.findElement(By.cssSelector("header.payee img.logo"));
        assertTrue(logo.getAttribute("src").startsWith("data:image/png;base64,"), "the logo is inlined");
        assertEquals(120L, number("return document.querySelector('img.logo').naturalWidth"));
        assertEquals("rgba(122, 31, 162, 1)", browser.findElement(By.cssSelector("header.payee"))
                .getCssValue("border-bottom-color"));
        assertEquals("Bestätigung Ihrer Bank", frame.getAttribute("title"));
        assertNoHorizontalScroll();
        long viewport = number("return document.documentElement.clientWidth");
        assertTrue(frame.getRect().getWidth() >= viewport - 40, "the challenge takes the phone's width: "
                + frame.getRect().getWidth() + " of " + viewport);
        assertTrue(browser.findElements(By.tagName("button")).isEmpty(),
                "the no-script Continue button stays hidden when script runs");
        screenshot("hosted-page-de-360x640.png");
        Accessibility.assertNoSeriousViolation(browser);

        // Keyboard only: the first Tab reaches the bank's frame, whose code field takes the code and Enter.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("iframe", browser.switchTo().activeElement().getTagName());
        browser.switchTo().frame(frame);
        WebElement otp = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.name("otp")));
        otp.sendKeys("1234", Keys.ENTER);
        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
    }

    @Test
    void aFrenchShopperOnADesktopSeesTheProgressOfAMethodThatDoesNotAnswer() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 800));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        Answer created = create(Gateway.newMerchant("intergiro"), "4111111111111111", "fr-FR");
        // The issuer's 3DS Method is still running and its time budget not over: the hosted page stays on
        // its progress state for as long as the test looks at it.
        holdForms(method(created), "timeout");
        browser.get(created.json().getJsonObject("nextAction").getString("url"));

        WebElement progress = browser.findElement(By.id("progress"));
        assertEquals("status", progress.getAttribute("role"));
        assertEquals("Vérification de votre carte auprès de votre banque. Cela prend jusqu’à 10 secondes.",
                progress.getText());
        WebElement spinner = browser.findElement(By.id("spinner"));
        assertTrue(spinner.isDisplayed());
        assertEquals("none", spinner.getCssValue("animation-name"), "reduced motion: the spinner stands still");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(text(By.cssSelector("header.payee")).contains("Montant : 10,00 €"),
                text(By.cssSelector("header.payee")));
        assertTrue(browser.findElements(By.tagName("button")).isEmpty(), "no Continue button when script runs");
        assertNoHorizontalScroll();
        screenshot("hosted-page-fr-1280x800-method.png");
        Accessibility.assertNoSeriousViolation(browser);
    }

    @Test
    void whenTheMethodsTimeBudgetEndsTheFrenchShopperGetsTheChallengeInItsEmvSize() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        Merchant merchant = Gateway.newMerchant("intergiro");
        Answer created = create(merchant, "4111111111111111", "fr-FR");
        holdForms(method(created));
        browser.get(created.json().getJsonObject("nextAction").getString("url"));

        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.frame")));
        assertEquals("Vérification de votre banque", frame.getAttribute("title"));
        assertTrue(frame.getRect().getWidth() <= 602, "a desktop gets the EMV window size, not the page's width");
        assertNoHorizontalScroll();
        Accessibility.assertNoSeriousViolation(browser);
        browser.switchTo().frame(frame);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys("1234");
        Chromium.press(browser, browser.findElement(By.cssSelector("button[value=submit]")));
        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals("Y", Gateway.get("/api/v1/authentications/" + created.json().getString("id"), merchant.key())
                .json().getString("transStatus"));
    }

    @Test
    void aFrenchShopperOnAPhoneSeesVerifonesSongbirdChallengeUnderAFrenchPage() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 640));
        Merchant merchant = Gateway.newMerchant("verifone");
        String id = openHostedPage(merchant, "4000000000002503", "fr-FR").json().getString("id");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("cardinal-challenge")));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Vérification de votre paiement", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Votre banque peut vous demander de confirmer ce paiement dans une fenêtre de cette page.",
                browser.findElement(By.id("progress")).getText());
        assertFalse(browser.findElement(By.id("failed")).isDisplayed());
        assertNoHorizontalScroll();
        screenshot("hosted-page-fr-360x640-songbird.png");
        Accessibility.assertNoSeriousViolation(browser);

        browser.switchTo().frame(browser.findElement(By.name("cardinal-challenge")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("otp"))).sendKeys("1234");
        Chromium.press(browser, browser.findElement(By.cssSelector("button[value=submit]")));
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.titleIs("Order confirmed"));
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, browser.getCurrentUrl());
    }

    @Test
    void aShopperBackAtTheBanksCallbackAfterTheEndSeesHowItEndedOnA320PixelScreen() throws IOException {
        Merchant merchant = Gateway.newMerchant("worldline");
        Answer created = create(merchant, "4000000000002503", "de-DE");
        String id = created.json().getString("id");
        URI callback = callbackOfAChallengeAnsweredWithoutScript(created, id);

        browser.manage().window().setSize(new Dimension(320, 640));
        browser.get(callback.toString());
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Zahlung bestätigt", browser.findElement(By.tagName("h1")).getText());
        WebElement back = browser.findElement(By.cssSelector("main a"));
        assertTrue(back.getText().startsWith("Zurück zu it-"), back.getText());
        assertEquals(shop.returnUrl() + "?authenticationId=" + id, back.getAttribute("href"));
        assertNoHorizontalScroll();
        screenshot("hosted-page-end-de-320.png");
        Accessibility.assertNoSeriousViolation(browser);
    }

    @Test
    void aShopperWithAUsedLinkSeesARealPageInTheirBrowsersLanguage() throws Exception {
        browser.quit();
        browser = Chromium.start("fr-FR,fr");
        browser.manage().window().setSize(new Dimension(320, 640));
        browser.get(Gateway.URL + "/3ds/" + UUID.randomUUID() + "/start?t=used");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Cette page de paiement n’est pas disponible", browser.findElement(By.tagName("h1")).getText(),
                "the page's markup, not its source as text");
        assertNoHorizontalScroll();
        Accessibility.assertNoSeriousViolation(browser);
    }

    @Test
    void withoutTheMerchantsLanguageThePageFollowsAcceptLanguageAndOffersContinueOnlyWithoutScript() {
        Merchant merchant = Gateway.newMerchant("intergiro");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4111111111111111", shop.returnUrl())
                        .replace("\"language\": \"en-US\", ", ""));
        assertEquals(201, created.status(), created.body());
        Answer page = Gateway.send(Gateway.request(created.json().getJsonObject("nextAction").getString("url"), null)
                .header("Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5").GET());
        assertEquals(200, page.status(), page.body());
        Document html = Jsoup.parse(page.body());
        assertEquals("nl", html.selectFirst("html").attr("lang"));
        assertEquals("Uw betaling wordt gecontroleerd", html.selectFirst("h1").text());
        assertEquals(1, html.select("button").size());
        assertEquals("Doorgaan", html.selectFirst("form#step > noscript > button").text());
        String csp = page.header("Content-Security-Policy");
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("style-src 'nonce-"), csp);
        assertNotNull(html.selectFirst("style[nonce]"));
        assertTrue(html.select("link, img, script[src]").isEmpty(), "nothing is fetched to render the page");
    }

    /**
     * The shopper answers worldline's challenge in a browser without script (the forms submitted as they
     * are); returns the gateway callback the bank sent the browser to, secret segment included.
     */
    private URI callbackOfAChallengeAnsweredWithoutScript(Answer created, String id) {
        String callbacks = Gateway.URL + "/3ds/" + id + "/";
        Answer page = Gateway.get(created.json().getJsonObject("nextAction").getString("url"), null);
        URI callback = null;
        for (int step = 0; step < 20; step++) {
            if (page.status() == 302 || page.status() == 303) {
                URI next = page.response().uri().resolve(page.header("Location"));
                if (next.toString().startsWith(callbacks) && !next.getPath().endsWith("/start")) {
                    callback = next;
                }
                if (next.toString().startsWith(shop.returnUrl())) {
                    assertNotNull(callback, "the bank never sent the browser to a gateway callback");
                    return callback;
                }
                page = Gateway.get(next.toString(), null);
            } else {
                assertEquals(200, page.status(), page.body());
                page = Shopper.submit(page, "1234");
            }
        }
        throw new AssertionError("the shopper never got back to the shop");
    }

    private Answer openHostedPage(Merchant merchant, String card, String language) {
        Answer created = create(merchant, card, language);
        browser.get(created.json().getJsonObject("nextAction").getString("url"));
        return created;
    }

    private Answer create(Merchant merchant, String card, String language) {
        return Gateway.createForShopper(merchant.key(), card, shop.returnUrl(), language);
    }

    private static String method(Answer created) {
        return created.json().getJsonObject("nextAction").getJsonObject("browserAction").getString("url");
    }

    /**
     * The hosted page's forms that go to one of these URLs (or have one of these ids) are never sent in
     * this browser, as if the step they start were still running: the page's script runs as it is, the
     * browser just does not send those forms.
     */
    private void holdForms(String... urlsOrIds) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function (held) {
                  var submit = HTMLFormElement.prototype.submit;
                  HTMLFormElement.prototype.submit = function () {
                    if (held.indexOf(this.id) < 0 && held.indexOf(this.action) < 0) { submit.call(this); }
                  };
                })(%s);""".formatted(Arrays.stream(urlsOrIds).map(value -> "'" + value + "'")
                .collect(Collectors.joining(",", "[", "]")))));
    }

    /** An element's text with the locale's no-break spaces (in "10,00 €") as plain spaces. */
    private String text(By element) {
        return browser.findElement(element).getText().replaceAll("[\\u00a0\\u202f]", " ");
    }

    private void assertNoHorizontalScroll() {
        long scroll = number("return document.documentElement.scrollWidth");
        long width = number("return document.documentElement.clientWidth");
        assertTrue(scroll <= width, "horizontal scrolling: " + scroll + " > " + width);
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
