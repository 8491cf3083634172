package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cluster --output html and check --report-html through the real entry point (the page itself:
 * HtmlReportBrowserTest).
 */
class HtmlReportCommandTest {
  @TempDir Path dir;

  @Test
  void clusterWritesOnePageWithTheDuplicateClustersAndTheUsualSummaryOnStderr() {
    CliRun r = CliRun.run("cluster", "--output", "html", "samples");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out().substring(0, 40));
    assertTrue(
        r.out().contains("\"i\":\"001_d3e627cf6393b863.txt\""), "the representative's record");
    assertFalse(r.out().contains("003_232a1edf9d6c9641"), "singletons only with --singletons");
    assertTrue(
        r.err().contains("5 articles: 1 duplicate cluster holding 3 articles, 2 singletons"),
        r.err());
    assertTrue(
        CliRun.run("cluster", "--output", "html", "--singletons", "samples")
            .out()
            .contains("003_232a1edf9d6c9641"));
  }

  @Test
  void htmlNeedsTheTextsSoSignaturesAreAUsageError() throws IOException {
    Path sketches = dir.resolve("s.jsonl");
    Files.writeString(sketches, CliRun.run("sketch", "samples").out(), StandardCharsets.UTF_8);
    CliRun r = CliRun.run("cluster", "--output", "html", "--signatures", sketches.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("--output html"), r.err());
    assertTrue(r.errHasNoStackTrace());
  }

  @Test
  void checkWritesTheReportBesideItsVerdict() throws IOException {
    Path page = dir.resolve("report.html");
    CliRun r = CliRun.run("check", "--report-html", page.toString(), "samples");
    assertEquals(ExitCodes.DUPLICATES_FOUND, r.code(), r.err());
    assertEquals("", r.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(
        html.startsWith("<!DOCTYPE html>") && html.contains("\"id\":\"c1\""),
        html.substring(0, 40));
    assertTrue(html.contains("<strong>5</strong> articles: <strong>1</strong> duplicate cluster"));
  }

  @Test
  void anUnwritableReportIsOneLineNamingIt() {
    Path page = dir.resolve("no-such-dir").resolve("report.html");
    CliRun r = CliRun.run("check", "--report-html", page.toString(), "samples");
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(
        1, r.err().lines().filter(l -> l.startsWith("neardup: --report-html")).count(), r.err());
    assertTrue(r.err().contains(page.toString()) && r.err().contains("no such directory"), r.err());
    assertTrue(r.errHasNoStackTrace());
  }

  @Test
  void aReportNamedLikeAnInputIsRefusedAndTheInputKept() throws IOException {
    Path input = dir.resolve("batch.txt");
    Files.writeString(
        input, "One short article about the weather in the north today.", StandardCharsets.UTF_8);
    CliRun r = CliRun.run("check", "--report-html", input.toString(), input.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("is also an input"), r.err());
    assertEquals(
        "One short article about the weather in the north today.",
        Files.readString(input, StandardCharsets.UTF_8));
  }
}
