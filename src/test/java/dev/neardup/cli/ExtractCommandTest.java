package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  private Path page(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/pages/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  @Test
  void writesOneJsonLinePerArticleWithUrlTitleAndBodyWithoutTheTitle() throws IOException {
    Path page = page("news-with-chrome.html");
    CliRun r = CliRun.run("extract", page.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode line = new ObjectMapper().readTree(r.out().strip());
    assertEquals(page.toString(), line.get("id").asText());
    assertEquals("https://herald.example/news/harbour-bridge-reopens", line.get("url").asText());
    assertEquals("Harbour bridge reopens after repairs", line.get("title").asText());
    assertTrue(line.get("text").asText().startsWith("The harbour bridge reopened"));
    assertEquals(4, line.get("text").asText().split("\n\n").length);
  }

  @Test
  void textOutputIsForReading() throws IOException {
    CliRun r = CliRun.run("extract", "--output", "text", page("news-with-chrome.html").toString());
    assertTrue(
        r.out().contains("\nHarbour bridge reopens after repairs\n\nThe harbour bridge reopened"),
        r.out());
  }

  @Test
  void aPageWithoutAnArticleIsAWarningAndExitZeroWhileAMissingFileIsExitThree() throws IOException {
    CliRun r = CliRun.run("extract", page("no-article.html").toString());
    assertEquals(0, r.code());
    assertEquals("", r.out());
    assertTrue(
        r.err().contains("no-article.html: no article text found in the page, skipped"), r.err());
    CliRun missing =
        CliRun.run(
            "extract", dir.resolve("gone.html").toString(), page("two-stories.html").toString());
    assertEquals(ExitCodes.INPUT_ERRORS, missing.code());
    assertTrue(missing.out().contains("Library extends opening hours"));
    assertTrue(missing.errHasNoStackTrace());
  }

  @Test
  void otherCommandsSeeTheSameExtractedArticle() throws IOException {
    Path a = page("news-with-chrome.html");
    Path b =
        Files.writeString(
            dir.resolve("copy.txt"),
            "Harbour bridge reopens after repairs\n\n"
                + new ObjectMapper()
                    .readTree(CliRun.run("extract", a.toString()).out())
                    .get("text")
                    .asText());
    CliRun pairs = CliRun.run("pairs", "-o", "csv", a.toString(), b.toString());
    assertTrue(
        pairs.out().lines().anyMatch(l -> l.contains("copy.txt") && l.contains(",1.0")),
        pairs.out());
    assertFalse(pairs.out().isBlank());
  }

  @Test
  void dedupWritesAKeptOrDroppedPageAsExtractDoesWithUrlAndTitle() throws IOException {
    Path a = page("news-with-chrome.html");
    Path copy = Files.copy(a, dir.resolve("copy.html"));
    Path dropped = dir.resolve("dropped.jsonl");
    CliRun dedup =
        CliRun.run("dedup", "--dropped", dropped.toString(), a.toString(), copy.toString());
    assertEquals(0, dedup.code(), dedup.err());
    assertEquals(CliRun.run("extract", a.toString()).out(), dedup.out());
    JsonNode record = new ObjectMapper().readTree(Files.readString(dropped)).get("record");
    assertEquals(copy.toString(), record.get("id").asText());
    assertEquals("https://herald.example/news/harbour-bridge-reopens", record.get("url").asText());
    assertEquals("Harbour bridge reopens after repairs", record.get("title").asText());
  }
}
