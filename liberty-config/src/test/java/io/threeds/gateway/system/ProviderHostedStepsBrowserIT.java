package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every provider's hosted step in headless Chromium on a phone (360x640) and a desktop (1280x800), a
 * German shopper at one size and a French one at the other: the page's language, the merchant's name and
 * logo, the progress the shopper sees while a step they cannot see runs (intergiro's 3DS Method,
 * firstoken's device data collection, verifone's Songbird setup, worldline's redirect to its page), or the
 * bank's frame where the step is shown (paysafe's 3-D Secure 1.0 page), no horizontal scrolling, and no
 * serious or critical axe-core violation. One browser for every row. Screenshots go to
 * {@code target/screenshots/<provider>-<size>-<language>.png}.
 */
class ProviderHostedStepsBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NAME = "Blumen Müller";
    private static final Map<String, Shopper> SHOPPERS = Map.of(
            "de", new Shopper("de-DE", "Ihre Zahlung wird bestätigt", "Zahlung an " + NAME, "Betrag: 10,00 €",
                    "Ihre Karte wird bei Ihrer Bank geprüft. Das dauert bis zu ",
                    "Sie werden zur Bestätigungsseite Ihrer Bank weitergeleitet.",
                    "Ihre Bank bittet Sie eventuell, diese Zahlung in einem Fenster auf dieser Seite zu bestätigen.",
                    "Bestätigung Ihrer Bank"),
            "fr", new Shopper("fr-FR", "Vérification de votre paiement", "Paiement à " + NAME, "Montant : 10,00 €",
                    "Vérification de votre carte auprès de votre banque. Cela prend jusqu’à ",
                    "Redirection vers la page de vérification de votre banque.",
                    "Votre banque peut vous demander de confirmer ce paiement dans une fenêtre de cette page.",
                    "Vérification de votre banque"));
    private static final Map<String, Merchant> MERCHANTS = new HashMap<>();
    private static ChromeDriver browser;
    private static MerchantShop shop;
    private String held;

    /** What a shopper of one language reads on the hosted page. */
    private record Shopper(String language, String title, String payee, String amount, String hiddenStep,
                           String redirect, String sdk, String challengeFrame) {
    }

    /** How a provider's hosted step shows, and what keeps it on screen while the test looks. */
    enum Step {
        /** A hidden frame (3DS Method, device data): its form and its time budget's form are held. */
        HIDDEN,
        /** A full-page redirect to the provider: the form that leaves the page is held. */
        REDIRECT,
        /** Songbird: its setup call gets no answer, as if Cardinal were still setting up. */
        SDK,
        /** The issuer's page in a frame of the hosted page: nothing is held. */
        FRAME
    }

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

    @AfterEach
    void release() {
        if (held != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", held));
            held = null;
        }
    }

    @ParameterizedTest(name = "{0} at {2}x{3} in {4}")
    @CsvSource({
            "worldline, 4000000000002503, 360, 640, de, REDIRECT",
            "worldline, 4000000000002503, 1280, 800, fr, REDIRECT",
            "paysafe, 4000000000000002, 360, 640, fr, FRAME",
            "paysafe, 4000000000000002, 1280, 800, de, FRAME",
            "intergiro, 4000100000000000, 360, 640, de, HIDDEN",
            "intergiro, 4000100000000000, 1280, 800, fr, HIDDEN",
            "firstoken, 4000000000002503, 360, 640, fr, HIDDEN",
            "firstoken, 4000000000002503, 1280, 800, de, HIDDEN",
            "verifone, 4000000000002503, 360, 640, de, SDK",
            "verifone, 4000000000002503, 1280, 800, fr, SDK"})
    void theShopperSeesTheStepInTheirLanguageUnderTheMerchantsBrand(String provider, String card, int width,
                                                                    int height, String language, Step step)
            throws IOException {
        Shopper shopper = SHOPPERS.get(language);
        browser.manage().window().setSize(new Dimension(width, height));
        JsonObject nextAction = create(merchant(provider), card, shopper.language()).getJsonObject("nextAction");
        hold(step, nextAction.getJsonObject("browserAction").getString("url"));
        browser.get(nextAction.getString("url"));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        if (step == Step.FRAME) {
            WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("iframe.frame")));
            assertEquals(shopper.challengeFrame(), frame.getAttribute("title"));
        } else {
            WebElement progress = browser.findElement(By.id("progress"));
            wait.until(driver -> !progress.getText().isEmpty());
            assertEquals("status", progress.getAttribute("role"));
            assertTrue(progress.isDisplayed());
            String expected = switch (step) {
                case HIDDEN -> shopper.hiddenStep();
                case REDIRECT -> shopper.redirect();
                default -> shopper.sdk();
            };
            assertTrue(progress.getText().startsWith(expected), progress.getText());
            if (step == Step.SDK) {
                assertFalse(browser.findElement(By.id("failed")).isDisplayed());
            } else {
                assertTrue(browser.findElement(By.id("spinner")).isDisplayed());
            }
        }
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(shopper.title(), browser.findElement(By.tagName("h1")).getText());
        String payee = browser.findElement(By.cssSelector("header.payee")).getText()
                .replaceAll("[\\u00a0\\u202f]", " ");
        assertTrue(payee.contains(shopper.payee()) && payee.contains(shopper.amount()), payee);
        WebElement logo = browser.findElement(By.cssSelector("header.payee img.logo"));
        assertTrue(logo.getAttribute("src").startsWith("data:image/png;base64,"), "the logo is inlined");
        assertEquals(120L, ((Number) browser.executeScript("return arguments[0].naturalWidth", logo)).longValue(),
                "the logo is shown");
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(scroll <= viewport, "horizontal scrolling: " + scroll + " > " + viewport);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve(provider + "-" + width + "x" + height + "-" + language + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        Accessibility.assertNoSeriousViolation(browser);
    }

    /**
     * Keeps the step where the shopper waits: the page's script runs as it is, the browser just does not
     * send the held forms (or Songbird's setup call gets no answer). Released after the row.
     */
    private void hold(Step step, String stepUrl) {
        String script = switch (step) {
            case HIDDEN -> heldForms("'" + stepUrl + "', 'timeout'");
            case REDIRECT -> heldForms("'step'");
            case SDK -> """
                    (function (fetch) {
                      window.fetch = function (url, options) {
                        return String(url).indexOf('/songbird/init') < 0 ? fetch(url, options)
                            : new Promise(function () {});
                      };
                    })(window.fetch);""";
            case FRAME -> null;
        };
        if (script != null) {
            held = (String) browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                    .get("identifier");
        }
    }

    /** Forms with one of these ids or actions are never sent. */
    private static String heldForms(String idsOrActions) {
        return """
                (function (held) {
                  var submit = HTMLFormElement.prototype.submit;
                  HTMLFormElement.prototype.submit = function () {
                    if (held.indexOf(this.id) < 0 && held.indexOf(this.action) < 0) { submit.call(this); }
                  };
                })([%s]);""".formatted(idsOrActions);
    }

    /** One merchant per provider, branded with a name, a colour and the shop's logo. */
    private static Merchant merchant(String provider) {
        return MERCHANTS.computeIfAbsent(provider, id -> {
            Answer branded = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), """
                    {"name": "it-%s", "defaultProvider": "%s",
                     "branding": {"displayName": "%s", "logoUrl": "%s", "accentColor": "#7a1fa2"}}"""
                    .formatted(UUID.randomUUID(), id, NAME, shop.logoUrl()));
            assertEquals(201, branded.status(), branded.body());
            return new Merchant(branded.json().getString("id"), branded.json().getString("apiKey"));
        });
    }

    /** A new authentication in the shopper's language that waits for the browser. */
    private static JsonObject create(Merchant merchant, String card, String language) {
        Answer created = Gateway.createForShopper(merchant.key(), card, shop.returnUrl(), language);
        assertEquals("PENDING_BROWSER", created.json().getString("state"), created.body());
        return created.json();
    }
}
