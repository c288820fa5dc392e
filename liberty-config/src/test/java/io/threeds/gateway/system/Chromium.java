package io.threeds.gateway.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver (no browser download: there is no
 * network here). Missing binaries fail the test loudly; scripts/provision.sh installs them.
 */
final class Chromium {
    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start() throws Exception {
        return start("en-US,en");
    }

    /** A browser whose shopper reads these languages (its Accept-Language). */
    static ChromeDriver start(String acceptLanguage) throws Exception {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium or chromedriver missing at " + BROWSER + " / " + DRIVER
                    + ": run scripts/provision.sh");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium-"),
                "--accept-lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Presses a button whose form sends the browser on, without waiting for where it goes: chromedriver's own
     * click waits for the navigation it starts, and when the button sits in a frame that the navigation then
     * replaces (a challenge frame whose answer sends the top window back to the shop), it can wait on a frame
     * that is gone until it times out (CI, once, in IntergiroBrowserIT). The test's next wait follows the page.
     */
    static void press(WebDriver browser, WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", button);
    }
}
