package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neardup.corpus.CorpusGenerator;
import dev.neardup.corpus.Synthetic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens {@code cluster --output html} reports in a real headless Chromium and checks what a person
 * would: the samples' story with its fullest version first, the shared passages of a chosen copy
 * highlighted on both sides, search, keys, no console error, no network request, and article markup
 * shown as text. Skipped with a message when no Chromium and chromedriver are installed (Debian:
 * {@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). Screenshots go
 * to {@code target/report-screens/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("NEARDUP_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("NEARDUP_CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final String B = "001_d3e627cf6393b863.txt";
  private static final String A = "000_c39e206ea61dc4e4.txt";
  private static final String LAVRENTYEV =
      "Russia’s chief negotiator Alexander Lavrentyev expressed confidence";
  private static final String EVIL_ID = "evil-copy";

  /**
   * Articles in the generated batch; NEARDUP_REPORT_ARTICLES=10000 measures a larger one by hand.
   */
  private static final int BATCH =
      Integer.parseInt(System.getenv().getOrDefault("NEARDUP_REPORT_ARTICLES", "2000"));

  private static final String EVIL_LINE =
      "<script>alert(1)</script> </textarea> </script> <img src=x onerror=alert(2)>";

  /**
   * Held so the level sticks: Selenium warns that it has no DevTools for this Chromium, which it
   * does not need.
   */
  private final Logger devtoolsLog = Logger.getLogger("org.openqa.selenium.devtools");

  private Path dir;
  private WebDriver driver;
  private ChromeDriverService service;

  @BeforeAll
  void startBrowser() throws IOException {
    devtoolsLog.setLevel(Level.SEVERE);
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no browser: "
            + CHROMIUM
            + " or "
            + DRIVER
            + " missing (apt-get install chromium chromium-driver); skipping");
    dir = Files.createTempDirectory("neardup-report");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags Chromium waits on services this closed network never
    // answers.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void samplesShowTheStoryFullestFirstWithTheSharedSentenceHighlightedOnBothSides()
      throws IOException {
    Path report = report("samples.html", CliRun.run("cluster", "--output", "html", "samples"));
    open(report);
    List<WebElement> cards = driver.findElements(By.cssSelector("article.cluster"));
    assertEquals(1, cards.size(), "one duplicate cluster");
    List<String> members =
        cards.get(0).findElements(By.cssSelector("button.member")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(B, "002_bf0147ec658fde9e.txt", A), members, "001 first, as the representative");
    assertTrue(
        driver
            .findElement(By.cssSelector(".summary"))
            .getText()
            .startsWith(
                "5 articles: 1 duplicate cluster holding 2 duplicates of their representatives, 2 singletons"));

    cards.get(0).findElements(By.cssSelector("button.member")).get(2).click();
    List<WebElement> sides = driver.findElements(By.cssSelector(".compare .side"));
    assertEquals(2, sides.size());
    assertTrue(
        sides.get(0).getText().startsWith("Representative: " + B),
        sides.get(0).getText().lines().findFirst().orElse(""));
    assertTrue(sides.get(1).getText().startsWith("This copy: " + A));
    for (WebElement side : sides) {
      assertTrue(
          side.findElements(By.tagName("mark")).stream()
              .anyMatch(m -> m.getText().contains(LAVRENTYEV)),
          "the Lavrentyev sentence highlighted in "
              + side.getText().lines().findFirst().orElse(""));
      List<String> badges =
          side.findElements(By.cssSelector(".badge")).stream().map(WebElement::getText).toList();
      assertTrue(badges.contains("COPIED") && badges.contains("ONLY HERE"), badges.toString());
    }
    screenshot("report-desktop.png");
    driver.manage().window().setSize(new Dimension(390, 844));
    js("document.querySelector('.compare').scrollIntoView()");
    screenshot("report-phone.png");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    WebElement search = driver.findElement(By.id("search"));
    search.sendKeys("no article says this");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("article.cluster")).isEmpty());
    search.clear();
    search.sendKeys("Lavrentyev");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("article.cluster")).size() == 1);
    assertPageStayedOffline();
  }

  @Test
  void aLargeBatchOpensSearchesAndShowsArticleMarkupAsText() throws IOException {
    Path input = dir.resolve("batch.jsonl");
    long t0 = System.nanoTime();
    int articles = writeBatch(input, BATCH);
    long t1 = System.nanoTime();
    Path report = report("batch.html", CliRun.run("cluster", "--output", "html", input.toString()));
    System.out.printf(
        "batch generated in %.1f s, report made in %.1f s%n",
        (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    open(report);
    double readyMs =
        ((Number) js("return performance.getEntriesByName('neardup-ready')[0].startTime"))
            .doubleValue();
    int total =
        driver.findElement(By.id("count")).getText().matches("\\d+ clusters")
            ? Integer.parseInt(driver.findElement(By.id("count")).getText().split(" ")[0])
            : -1;
    System.out.printf(
        "report of %d articles in %d clusters, %.1f MB: first cards on screen %.0f ms after navigation"
            + " start%n",
        articles, total, Files.size(report) / 1e6, readyMs);
    assertTrue(total > 100, driver.findElement(By.id("count")).getText());
    assertTrue(
        driver.findElements(By.cssSelector("article.cluster")).size() < total,
        "cards rendered on demand");

    driver.findElement(By.tagName("body")).sendKeys("/");
    WebElement search = driver.switchTo().activeElement();
    assertEquals("search", search.getAttribute("id"), "/ focuses the search box");
    search.sendKeys(EVIL_ID);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("article.cluster")).size() == 1);
    assertEquals("1 of " + total + " clusters match", driver.findElement(By.id("count")).getText());
    WebElement card = driver.findElement(By.cssSelector("article.cluster"));
    WebElement evil =
        card.findElements(By.cssSelector("button.member")).stream()
            .filter(b -> b.getText().equals(EVIL_ID))
            .findFirst()
            .orElseThrow();
    assertTrue(
        card.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(),
        "a javascript: url is not a link");
    assertTrue(card.getText().contains("javascript:alert(3)"), "but it is shown");
    evil.click();
    WebElement shownText = driver.findElement(By.cssSelector(".compare"));
    assertTrue(shownText.getText().contains(EVIL_LINE), "the markup shown as text");
    assertTrue(
        shownText.findElements(By.tagName("img")).isEmpty()
            && shownText.findElements(By.tagName("script")).isEmpty());
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());

    search.sendKeys(Keys.ESCAPE);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("article.cluster")).size() > 1);
    driver.findElement(By.tagName("body")).sendKeys("j");
    driver.switchTo().activeElement().sendKeys("j");
    List<WebElement> cards = driver.findElements(By.cssSelector("article.cluster"));
    assertEquals(cards.get(1), driver.switchTo().activeElement(), "j moves to the next cluster");
    new Select(driver.findElement(By.id("sort"))).selectByValue("length");
    List<Integer> lengths =
        driver
            .findElements(By.cssSelector("article.cluster tbody tr:first-child td:nth-child(3)"))
            .stream()
            .map(td -> Integer.parseInt(td.getText().replaceAll("\\D", "")))
            .toList();
    assertTrue(lengths.size() > 10, lengths.toString());
    assertEquals(
        lengths.stream().sorted(Comparator.reverseOrder()).toList(),
        lengths,
        "longest representative first");
    new Select(driver.findElement(By.id("sort"))).selectByValue("size");
    js("window.scrollTo(0, document.body.scrollHeight)");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElements(By.cssSelector("article.cluster")).size() > cards.size());
    System.out.printf(
        "slowest list refresh (search, sort) %.0f ms, slowest batch of cards %.0f ms%n",
        slowest("neardup-list"), slowest("neardup-cards"));
    assertPageStayedOffline();
  }

  /**
   * A generated batch of {@code count} articles (JSON Lines with urls) holding one copy with markup
   * in it.
   */
  private static int writeBatch(Path file, int count) throws IOException {
    // About 2.7 versions per story: 760 stories make some 2,000 articles.
    CorpusGenerator.GeneratedCorpus corpus =
        CorpusGenerator.generate(
            Synthetic.stories(count * 6 / 10, 3), new CorpusGenerator.Config(count * 38 / 100, 3));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    List<CorpusGenerator.Doc> docs =
        corpus.articles().subList(0, Math.min(count - 1, corpus.articles().size()));
    for (CorpusGenerator.Doc d : docs) {
      lines.add(json.writeValueAsString(record(d.id(), "https://example.org/" + d.id(), d.text())));
    }
    String[] paragraphs = docs.get(0).text().split("\n");
    String evil =
        paragraphs[0]
            + "\n"
            + EVIL_LINE
            + "\n"
            + String.join("\n", List.of(paragraphs).subList(1, paragraphs.length));
    lines.add(json.writeValueAsString(record(EVIL_ID, "javascript:alert(3)", evil)));
    Files.write(file, lines, StandardCharsets.UTF_8);
    return lines.size();
  }

  private static Map<String, String> record(String id, String url, String text) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("url", url);
    r.put("text", text);
    return r;
  }

  private Path report(String name, CliRun run) throws IOException {
    assertEquals(0, run.code(), run.err());
    Path file = dir.resolve(name);
    Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    return file;
  }

  private void open(Path report) {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(report.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.tagName("html")).getAttribute("data-ready") != null);
  }

  /** No console error or CSP violation, and the only request was for the report file itself. */
  private void assertPageStayedOffline() throws IOException {
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), errors, "console errors and warnings");
    assertEquals(
        0L,
        ((Number) js("return performance.getEntriesByType('resource').length")).longValue(),
        "resources loaded");
    ObjectMapper json = new ObjectMapper();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      JsonNode message = json.readTree(e.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        String url = message.path("params").path("request").path("url").asText();
        assertTrue(url.startsWith("file:"), "network request for " + url);
      }
    }
  }

  private double slowest(String measure) {
    return ((Number)
            js(
                "return Math.max.apply(null, performance.getEntriesByName(arguments[0]).map(function (e) {"
                    + " return e.duration; }))",
                measure))
        .doubleValue();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private void screenshot(String name) throws IOException {
    Path out = Path.of("target", "report-screens");
    Files.createDirectories(out);
    Files.write(out.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
