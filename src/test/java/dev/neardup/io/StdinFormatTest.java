package dev.neardup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** What standard input holds is told from its first bytes: gzip, WARC, JSON Lines, HTML, text. */
class StdinFormatTest {
  @TempDir Path dir;

  private record Result(List<InputRecord> records, List<String> problems) {
    List<String> ids() {
      return records.stream().map(r -> r.article().id()).toList();
    }
  }

  private static Result readStdin(byte[] bytes) {
    List<InputRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(
            InputOptions.defaults(),
            () -> new ByteArrayInputStream(bytes),
            p -> problems.add(p.severity() + " " + p.render()))
        .read(List.of("-"), records::add);
    return new Result(records, problems);
  }

  private byte[] warc(WarcCompression compression) throws IOException {
    Path file = dir.resolve("pages.warc" + (compression == WarcCompression.GZIP ? ".gz" : ""));
    String page = new String(WebInputTest.resource("news-with-chrome.html"), UTF_8);
    WebInputTest.writeWarc(
        file,
        compression,
        List.of(
            new String[] {"https://herald.example/a", page},
            new String[] {
              "https://herald.example/b",
              new String(WebInputTest.resource("two-stories.html"), UTF_8)
            }));
    return Files.readAllBytes(file);
  }

  @Test
  void gzipJsonLinesOnStdinAreReadDecompressed() throws IOException {
    Result r =
        readStdin(
            WebInputTest.gzip(
                "{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"second\"}\n"
                    .getBytes(UTF_8)));
    assertEquals(List.of("a", "b"), r.ids(), r.problems().toString());
    assertEquals("second", r.records().get(1).article().text());
    assertEquals(List.of(), r.problems());
  }

  @Test
  void aGzipPageOnStdinIsTheArticleExtractedFromIt() throws IOException {
    Result r = readStdin(WebInputTest.gzip(WebInputTest.resource("news-with-chrome.html")));
    assertEquals(1, r.records().size(), r.problems().toString());
    assertTrue(r.records().get(0).article().text().startsWith("Harbour bridge reopens"));
  }

  @Test
  void aWarcOnStdinPlainOrCompressedIsOnePagePerHtmlResponse() throws IOException {
    for (WarcCompression compression :
        new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Result r = readStdin(warc(compression));
      assertEquals(
          List.of("https://herald.example/a", "https://herald.example/b"),
          r.ids(),
          compression + ": " + r.problems());
      assertEquals("https://herald.example/a", r.records().get(0).page().url());
    }
  }

  @Test
  void aCutGzipStreamKeepsItsCompleteRecordsAndIsOneErrorWithTheOffset() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      jsonl
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"article ")
          .append(i)
          .append("\"}\n");
    }
    byte[] whole = WebInputTest.gzip(jsonl.toString().getBytes(UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    Result r = readStdin(cut);
    assertTrue(r.records().size() > 1000, r.records().size() + " records");
    assertEquals(
        List.of("ERROR -: truncated gzip data (compressed input ends at byte " + cut.length + ")"),
        r.problems());
  }

  @Test
  void textStartingWithAWIsStillText() {
    Result r = readStdin("WARM weather is forecast for the weekend.".getBytes(UTF_8));
    assertEquals(List.of("-"), r.ids());
    assertEquals("WARM weather is forecast for the weekend.", r.records().get(0).article().text());
  }
}
