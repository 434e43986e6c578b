package org.wsiskg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsiskg.query.QueryLibrary;
import org.wsiskg.rdf.IriScheme;
import org.wsiskg.server.SparqlServer;
import org.wsiskg.store.SeedStore;

/**
 * An analyst's round through the desk in a real browser (Debian's headless Chromium driven by
 * chromedriver): the home page, a question asked from its form, a document's page, the citation
 * network drawn. Each step that fails leaves a screenshot and the page's HTML in
 * {@code target/browser-screenshots/}. Without Chromium the test fails, saying what to install:
 * a browser test that silently does not run proves nothing.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final Path SHOTS = Path.of("target/browser-screenshots");

    private SparqlServer server;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start() throws IOException {
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            fail("the browser test needs Chromium and its driver at " + chromium + " and " + driver
                    + " (Debian: apt-get install chromium chromium-driver; or set -Dchromium.binary and -Dchromium.driver)");
        }
        Dataset dataset = SeedStore.build();
        server = SparqlServer.start(dataset, "127.0.0.1", 0, Duration.ofSeconds(30),
                WebSite.servlets(dataset, IriScheme.standard(), new QueryLibrary(Path.of("queries"))));
        base = "http://127.0.0.1:" + server.port();
        Path profile = Files.createTempDirectory("wsis-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile,
                // Names other than the loopback do not resolve: the desk must work with no network.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAnalystAsksOpensAndBrowses() {
        step("1-home", () -> {
            browser.get(base + "/");
            assertTrue(browser.getTitle().contains("analyst"), browser.getTitle());
            assertFalse(browser.findElements(By.cssSelector("#stats .stat")).isEmpty(), "no counts on the home page");
            waitFor(d -> script("return !!window.wsisYasgui;"), "the SPARQL editor to start");
            assertOnlyLocalRequests();
        });
        step("1b-sparql-editor", () -> {
            script("window.wsisYasgui.getTab().getYasqe().query();");
            waitFor(d -> script("var t = document.querySelector('#yasgui .yasr'); "
                    + "return !!t && t.textContent.indexOf('A/RES/78/132') >= 0;"), "the editor's query to answer");
            assertOnlyLocalRequests();
        });
        step("2-named-query", () -> {
            WebElement form = browser.findElement(By.cssSelector("#q-cited-by form"));
            WebElement symbol = form.findElement(By.name("symbol"));
            symbol.clear();
            symbol.sendKeys("A/RES/65/141");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("row-count")), "the query's result");
            assertTrue(browser.getCurrentUrl().contains("/queries/cited-by"), browser.getCurrentUrl());
            List<WebElement> rows = browser.findElements(By.cssSelector("table.results tbody tr"));
            assertFalse(rows.isEmpty(), "cited-by A/RES/65/141 showed no row");
            assertTrue(browser.getPageSource().contains("A/RES/78/132"), "A/RES/78/132 cites A/RES/65/141 but is not shown");
        });
        step("3-resource-page", () -> {
            browser.findElement(By.cssSelector("table.results tbody a[href='/doc/A/RES/78/132']")).click();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("facts")), "the document's page");
            assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("A/RES/78/132"));
            assertFalse(browser.findElements(By.cssSelector("#text .para a.cite")).isEmpty(), "no citation marked in the text");
            assertFalse(browser.findElements(By.cssSelector("#cites tbody tr")).isEmpty(), "nothing under 'Cites'");
        });
        step("4-network", () -> {
            browser.get(base + "/network");
            waitFor(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"), "the network to be drawn");
            long nodes = ((Number) script("return window.wsisNetwork.nodes(':visible').length;")).longValue();
            long edges = ((Number) script("return window.wsisNetwork.edges(':visible').length;")).longValue();
            assertTrue(nodes > 0 && edges > 0, nodes + " nodes and " + edges + " edges drawn");
            assertFalse(browser.findElements(By.cssSelector("#network canvas")).isEmpty(), "no canvas drawn");
            browser.findElement(By.cssSelector("input.function-filter[value='recalls']")).click();
            // Cytoscape recomputes styles after the change event; on a loaded machine that can lag the click.
            waitFor(b -> ((Number) script("return window.wsisNetwork.edges(':visible').length;")).longValue() < edges,
                    "leaving out 'recalls' to hide edges");
            long fewer = ((Number) script("return window.wsisNetwork.edges(':visible').length;")).longValue();
            assertTrue(fewer < edges, "leaving out 'recalls' hid no edge: " + fewer + " of " + edges);
            assertOnlyLocalRequests();
        });
        step("5-click-node", () -> {
            script("window.wsisNetwork.getElementById('https://w3id.org/wsis-kg/doc/A/RES/65/141').emit('tap');");
            waitFor(ExpectedConditions.urlContains("/doc/A/RES/65/141"), "the node's page to open");
            assertEquals("A/RES/65/141", browser.findElement(By.tagName("h1")).getText().split(" ")[0]);
        });
    }

    /** Everything the page loaded came from this server: the desk needs no network. */
    private void assertOnlyLocalRequests() {
        Object urls = script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".concat([location.href]);");
        for (Object url : (List<?>) urls) {
            assertTrue(url.toString().startsWith(base + "/"), "the page asked another host for " + url);
        }
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private <T> void waitFor(java.util.function.Function<? super WebDriver, T> condition, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("waited 20 s for " + what + " on " + browser.getCurrentUrl());
        }
    }

    /** Runs one step; if it fails, keeps a screenshot and the page source before passing the failure on. */
    private void step(String name, Runnable body) {
        try {
            body.run();
        } catch (AssertionError | RuntimeException e) {
            try {
                Files.createDirectories(SHOTS);
                Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                Files.writeString(SHOTS.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException shot) {
                e.addSuppressed(shot);
            }
            throw e;
        }
    }
}
