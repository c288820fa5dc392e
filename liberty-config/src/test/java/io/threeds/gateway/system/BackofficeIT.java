package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.AuditApi.Auditor;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The auditors' back-office page: served as static files with a strict policy, and used in Chromium. */
class BackofficeIT {
    /**
     * Static files are fetched over HTTP/1.1, as browsers fetch them on http. Liberty 26.0.0.3 never
     * answers a request that asks for an h2c upgrade (java.net.http's default) of a folder's welcome
     * file, {@code /backoffice/} here as its own {@code /openapi/ui/}; HTTP/1.1 and h2 both work.
     */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Test
    void filesAreServedWithAStrictContentSecurityPolicy() {
        Map<String, String> types = Map.of("/backoffice/", "text/html", "/backoffice/index.html", "text/html",
                "/backoffice/app.js", "text/javascript", "/backoffice/app.css", "text/css");
        types.forEach((path, type) -> {
            Answer answer = file(path);
            assertEquals(200, answer.status(), path);
            assertTrue(answer.header("Content-Type").contains(type), path + " is " + answer.header("Content-Type"));
            assertSecurityHeaders(answer);
        });
        Answer folder = file("/backoffice");
        assertTrue(Set.of(301, 302, 303, 307, 308).contains(folder.status()), "status " + folder.status());
        assertTrue(folder.header("Location").endsWith("/backoffice/"), folder.header("Location"));
        Answer missing = file("/backoffice/missing.js");
        assertEquals(404, missing.status());
        assertEquals(POLICY, missing.header("Content-Security-Policy"));
    }

    @Test
    void theProviderFilterSuggestsTheDeployedProviders() {
        Answer providers = file("/backoffice/providers.json");
        assertEquals(200, providers.status());
        assertTrue(providers.header("Content-Type").contains("application/json"), providers.header("Content-Type"));
        assertSecurityHeaders(providers);
        assertEquals("[\"firstoken\",\"intergiro\",\"paysafe\",\"verifone\",\"worldline\"]", providers.body());
    }

    @Test
    void thePageHasNoInlineCodeAndEveryControlIsLabelled() {
        Document page = Jsoup.parse(file("/backoffice/").body());
        for (Element script : page.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), "no inline script: " + script);
        }
        assertTrue(page.select("style").isEmpty(), "no style element");
        assertTrue(page.select("[style]").isEmpty(), "no style attribute");
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey().startsWith("on"),
                    "no inline handler: " + element));
        }
        for (Element control : page.select("input, select")) {
            assertFalse(page.select("label[for=" + control.id() + "]").isEmpty(), "a label for " + control);
        }
        for (Element header : page.select("thead th")) {
            assertEquals("col", header.attr("scope"), header.toString());
        }
        assertEquals("en", page.selectFirst("html").attr("lang"));
    }

    @Test
    void anAuditorFiltersByProviderOpensATimelineAndDownloadsTheCsv() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        List<String> ids = new ArrayList<>();
        for (String card : List.of("4000000000002701", "4000000000002925", "4000000000002313")) {
            ids.add(0, AuditApi.authenticate(merchant, Gateway.reference(), card).getString("id"));
        }
        Auditor auditor = AuditApi.newAuditor();
        Path downloads = Files.createTempDirectory("backoffice-downloads-");
        ChromeDriver browser = Chromium.start();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                            + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(browser, wait, auditor);

            browser.findElement(By.id("f-merchantId")).sendKeys(merchant.id());
            browser.findElement(By.id("f-provider")).sendKeys("worldline");
            new Select(browser.findElement(By.id("f-limit"))).selectByVisibleText("25");
            WebElement unfiltered = browser.findElement(By.cssSelector("#results tbody tr"));
            browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(unfiltered));
            wait.until(driver -> rowIds(browser).equals(ids));
            List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
            assertEquals(List.of("U", "N", "Y"), rows.stream()
                    .map(row -> row.findElement(By.cssSelector("td.status")).getText()).toList());
            assertTrue(rows.get(0).getText().contains("worldline"));
            assertEquals("10.00 EUR", rows.get(0).findElement(By.cssSelector("td.number")).getText(),
                    "1000 minor units of a currency with exponent 2");
            assertTrue(Database.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND type = ? "
                    + "AND details LIKE ? AND details LIKE ?", "auditor:" + auditor.id(), "audit.read",
                    "%\"provider\":\"worldline\"%", "%" + merchant.id() + "%") >= 1, "the page's read is audited");

            WebElement open = rows.get(2).findElement(By.cssSelector("button.open"));
            open.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
            wait.until(driver -> driver.findElements(By.cssSelector("#timeline li.event")).size() == 2);
            assertEquals(List.of("authentication.requested", "authentication.completed"),
                    browser.findElements(By.cssSelector("#timeline li.event")).stream()
                            .map(event -> event.getAttribute("data-type")).toList(), "oldest first");
            assertTrue(browser.findElement(By.id("record")).getText().contains("not shown to auditors"));
            assertTrue(browser.findElement(By.id("record")).getText().contains(ids.get(2)));
            assertEquals("detail-title", browser.switchTo().activeElement().getAttribute("id"),
                    "focus moves to the record");
            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
            assertEquals(open, browser.switchTo().activeElement(), "focus returns to the row's button");

            browser.findElement(By.id("download")).click();
            Path csv = wait.until(driver -> downloaded(downloads));
            assertEquals("audit-authentications.csv", csv.getFileName().toString());
            List<List<String>> records = AuditApi.records(Files.readString(csv, StandardCharsets.UTF_8));
            assertEquals("id", records.get(0).get(0), "a header row");
            assertEquals(ids, records.subList(1, records.size()).stream().map(r -> r.get(0)).toList(),
                    "the rows of the current filter");
            assertTrue(records.get(0).contains("merchantReference") && !records.get(0).contains("authenticationValue"));

            browser.findElement(By.id("verify")).click();
            wait.until(ExpectedConditions.textMatches(By.id("chain-status"), Pattern.compile("^(Verified|BROKEN).*")));
            assertTrue(browser.findElement(By.id("chain-status")).getText().startsWith("Verified"),
                    browser.findElement(By.id("chain-status")).getText());

            browser.findElement(By.id("s-merchantId")).sendKeys(merchant.id());
            browser.findElement(By.cssSelector("#stats-form button[type=submit]")).click();
            wait.until(driver -> driver.findElements(By.cssSelector("#charts svg")).size() == 3);
            WebElement statsRow = browser.findElement(By.cssSelector("#stats-table tbody tr"));
            assertTrue(statsRow.getText().startsWith("worldline 3 1 0 1 1 0 0"), statsRow.getText());
            assertNotNull(browser.findElement(By.cssSelector("#charts svg[role=img] title")));
            Accessibility.assertNoSeriousViolation(browser);

            assertEquals(List.of(), browser.executeScript("return window.cspViolations"),
                    "nothing on the page breaks its own policy");
            assertTrue(browser.manage().getCookies().isEmpty(), "no cookie, ever");
            assertEquals(0L, browser.executeScript("return sessionStorage.length + localStorage.length"),
                    "the key is not stored unless the auditor asks");
            assertNull(browser.executeScript("return document.querySelector('[style]')"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCardEncryptedInTheShoppersBrowserShowsAsSuchNotAsDigits() throws Exception {
        Merchant merchant = Gateway.newMerchant("verifone");
        Answer created = Gateway.createAuthentication(merchant.key(), UUID.randomUUID().toString(),
                Gateway.encryptedCardRequest(Gateway.reference(), Sandbox.encryptCardForVerifone("4000000000002701"),
                        "https://shop.example/done"));
        assertEquals(201, created.status(), created.body());
        Auditor auditor = AuditApi.newAuditor();
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(browser, wait, auditor);
            browser.findElement(By.id("f-merchantId")).sendKeys(merchant.id());
            browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(driver -> rowIds(browser).equals(List.of(created.json().getString("id"))));
            assertEquals("encrypted card", browser.findElement(By.cssSelector("#results tbody td.card")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAddressSharedBetweenAuditorsReopensTheFilterAndTheAuthenticationWithItsTimeline() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        String id = AuditApi.authenticate(merchant, Gateway.reference(), "4000000000002701").getString("id");
        Auditor auditor = AuditApi.newAuditor();
        ChromeDriver browser = Chromium.start();
        try {
            browser.manage().window().setSize(new Dimension(1280, 800));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(browser, wait, auditor);
            browser.findElement(By.id("f-merchantId")).sendKeys(merchant.id());
            browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(driver -> rowIds(browser).equals(List.of(id)));
            assertTrue(browser.getCurrentUrl().endsWith("/backoffice/?merchantId=" + merchant.id()),
                    browser.getCurrentUrl());
            browser.findElement(By.cssSelector("#results button.open")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
            String shared = browser.getCurrentUrl();
            assertTrue(shared.endsWith("?merchantId=" + merchant.id() + "&authentication=" + id), shared);

            // Another auditor opens the address: after signing in, the same filter and the same record.
            browser.manage().deleteAllCookies();
            browser.executeScript("sessionStorage.clear()");
            browser.get(shared);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key"))).sendKeys(auditor.key());
            browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
            assertEquals(merchant.id(), browser.findElement(By.id("f-merchantId")).getAttribute("value"));
            assertTrue(browser.findElement(By.id("record")).getText().contains(id));
            assertTrue(browser.findElement(By.id("record")).getText().contains("10.00 EUR"));
            // The authentication's two events and the auditor's read of the record opened from the address
            // (PCI DSS 10.2.1.1); one opened from a row shows what the list already read, no read of its own.
            wait.until(driver -> driver.findElements(By.cssSelector("#timeline li.event")).stream()
                    .map(event -> event.getAttribute("data-type")).collect(Collectors.toSet())
                    .equals(Set.of("authentication.requested", "authentication.completed", "audit.read")));
            assertTrue(browser.findElement(By.cssSelector("#timeline time")).getText().endsWith(" UTC"));
            Accessibility.assertNoSeriousViolation(browser);

            // From the record to its timeline and back, by keyboard.
            browser.findElement(By.linkText("Go to its audit timeline")).sendKeys(Keys.ENTER);
            assertEquals("timeline-title", browser.switchTo().activeElement().getAttribute("id"));
            browser.findElement(By.linkText("Back to the record")).sendKeys(Keys.ENTER);
            assertEquals("record-title", browser.switchTo().activeElement().getAttribute("id"));

            browser.findElement(By.id("close-detail")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
            assertFalse(browser.getCurrentUrl().contains("authentication="), browser.getCurrentUrl());
            assertTrue((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", "screenshots", "backoffice-1280x800.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAuditorSeesMerchantNamesBesideTheirIdsAndFiltersByNameInThePageAndTheAddress() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Merchant dupont = Gateway.newMerchant("worldline", "Fleurs Dupont " + token);
        Merchant martin = Gateway.newMerchant("worldline", "Fleurs Martin " + token);
        String duponts = AuditApi.authenticate(dupont, Gateway.reference(), "4000000000002701").getString("id");
        String martins = AuditApi.authenticate(martin, Gateway.reference(), "4000000000002701").getString("id");
        Auditor auditor = AuditApi.newAuditor();
        ChromeDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(browser, wait, auditor);
            browser.findElement(By.id("f-merchantName")).sendKeys("DUPONT " + token);
            browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(driver -> rowIds(browser).equals(List.of(duponts)));
            assertTrue(browser.getCurrentUrl().endsWith("/backoffice/?merchantName=DUPONT+" + token),
                    browser.getCurrentUrl());
            WebElement cell = browser.findElement(By.cssSelector("#results tbody td.merchant"));
            assertEquals("Fleurs Dupont " + token, cell.findElement(By.cssSelector(".name")).getText());
            assertEquals(dupont.id(), cell.findElement(By.cssSelector(".id")).getText());

            browser.findElement(By.cssSelector("#results button.open")).click();
            wait.until(driver -> !driver.findElements(By.cssSelector("#timeline .merchant-of")).isEmpty());
            assertEquals("Fleurs Dupont " + token, browser.findElement(By.xpath(
                    "//dl[@id='record']/dt[.='merchantName']/following-sibling::dd[1]")).getText());
            assertEquals("merchant Fleurs Dupont " + token + " " + dupont.id(),
                    browser.findElement(By.cssSelector("#timeline .merchant-of")).getText());
            browser.findElement(By.id("close-detail")).click();

            new Select(browser.findElement(By.id("s-groupBy"))).selectByValue("merchant");
            browser.findElement(By.id("s-merchantId")).sendKeys(martin.id());
            browser.findElement(By.cssSelector("#stats-form button[type=submit]")).click();
            wait.until(driver -> driver.findElements(By.cssSelector("#charts svg")).size() == 3);
            WebElement group = browser.findElement(By.cssSelector("#stats-table tbody th"));
            assertEquals("Fleurs Martin " + token, group.findElement(By.cssSelector(".name")).getText());
            assertEquals(martin.id(), group.findElement(By.cssSelector(".id")).getText());
            assertEquals("Fleurs Martin " + token + " (" + martin.id() + ")",
                    browser.executeScript("return document.querySelector('#charts text.label title').textContent"));
            Accessibility.assertNoSeriousViolation(browser);

            // An address with a name filter, opened by an auditor who signs in: the filter in the form and applied.
            browser.executeScript("sessionStorage.clear()");
            browser.get(Gateway.URL + "/backoffice/?merchantName=" + token);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key"))).sendKeys(auditor.key());
            browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
            wait.until(driver -> rowIds(browser).equals(List.of(martins, duponts)));
            assertEquals(token, browser.findElement(By.id("f-merchantName")).getAttribute("value"));
        } finally {
            browser.quit();
        }
    }

    /** Opens the back office and signs in with the auditor's key, as the auditor would type it. */
    private static void signIn(ChromeDriver browser, WebDriverWait wait, Auditor auditor) {
        browser.get(Gateway.URL + "/backoffice/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key"))).sendKeys(auditor.key());
        browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace")));
    }

    /** The ids of the table's rows, read in one script so a re-rendering table cannot go stale under it. */
    private static Object rowIds(ChromeDriver browser) {
        return browser.executeScript(
                "return Array.from(document.querySelectorAll('#results tbody tr'), row => row.dataset.id)");
    }

    private static Answer file(String path) {
        Gateway.adminKey();
        try {
            HttpResponse<String> response = HTTP_1_1.send(HttpRequest.newBuilder(URI.create(Gateway.URL + path))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The finished CSV download (Chromium writes a .crdownload file until then), or null. */
    private static Path downloaded(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSecurityHeaders(Answer answer) {
        assertEquals(POLICY, answer.header("Content-Security-Policy"), answer.response().uri().toString());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("no-referrer", answer.header("Referrer-Policy"));
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertNull(answer.header("Set-Cookie"), "the page sets no cookie");
    }
}
