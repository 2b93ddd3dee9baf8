package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fuseki UI in a real browser: over the seed articles, the attributions query typed into the
 * query page's editor shows a known attribution in the result table.
 */
class FusekiUiBrowserTest {
  static final Path SCREENSHOT = Path.of("target/screenshots/fuseki-query.png");

  @Test
  void theQueryPageShowsWhoAttributedTheStrikeNorthOfBaghdad(@TempDir Path tmp) throws Exception {
    assumeTrue(Chromium.available(), "needs the Debian packages chromium and chromium-driver");
    String query = Files.readString(Path.of("queries/attributions.rq"));
    try (Store store = SeedStore.build(tmp.resolve("db"))) {
      FusekiServer server = NewsServer.build(store.dataset(), "127.0.0.1", 0).start();
      ChromeDriver browser = Chromium.start(tmp.resolve("profile"), 1400, 1800);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String base = "http://127.0.0.1:" + server.getPort();
        // The start page lists the dataset: it reads our GET-only /$/server listing.
        browser.get(base + "/#/");
        wait.until(d -> d.findElements(By.cssSelector("table td")).stream().anyMatch(td -> td.getText().strip().equals("/newskg")));
        browser.get(base + "/#/dataset/" + NewsServer.DATASET + "/query");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        // YASQE is a CodeMirror editor: set its text the way a paste would.
        browser.executeScript("document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();

        By rows = By.cssSelector(".yasr_results table tbody tr");
        wait.until(d -> d.findElements(rows).stream().anyMatch(FusekiUiBrowserTest::isKnownAttribution));
        List<WebElement> found = browser.findElements(rows).stream().filter(FusekiUiBrowserTest::isKnownAttribution).toList();
        assertTrue(found.get(0).getText().contains("United States"), found.get(0).getText());

        // Tall window, table scrolled to the top: the screenshot shows the first rows of the result.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.yasr').scrollIntoView({block: 'start'});");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
        server.stop();
      }
    }
  }

  /** Seed article 000: the United States suspects Israel of the strike north of Baghdad. */
  static boolean isKnownAttribution(WebElement row) {
    List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList();
    return cells.contains("000_9ab0253e334ba646.txt") && cells.contains("Israel") && cells.contains("suspects");
  }
}
