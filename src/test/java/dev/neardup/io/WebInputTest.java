package dev.neardup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web pages, WARC files and gzip through {@link ArticleReader}. */
class WebInputTest {
  @TempDir Path dir;

  private record Result(List<InputRecord> records, List<String> problems) {
    List<String> ids() {
      return records.stream().map(r -> r.article().id()).toList();
    }
  }

  private Result read(InputOptions options, String... inputs) {
    List<InputRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(
            options,
            InputStream::nullInputStream,
            p -> problems.add(p.severity() + " " + p.render()))
        .read(List.of(inputs), records::add);
    return new Result(records, problems);
  }

  private Result read(String... inputs) {
    return read(InputOptions.defaults(), inputs);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = WebInputTest.class.getResourceAsStream("/pages/" + name)) {
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * A WARC file of HTML responses (uri, page) with a non-HTML response and a request among them.
   */
  static void writeWarc(Path file, WarcCompression compression, List<String[]> pages)
      throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      writer.write(
          new org.netpreserve.jwarc.Warcinfo.Builder()
              .fields(java.util.Map.of("software", List.of("test")))
              .build());
      for (String[] page : pages) {
        byte[] body = page[1].getBytes(page.length > 2 ? page[2] : "UTF-8");
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=" + (page.length > 2 ? page[2] : "utf-8")),
                    body)
                .build();
        writer.write(
            new WarcResponse.Builder(URI.create(page[0]))
                .date(Instant.parse("2021-03-05T10:00:00Z"))
                .body(http)
                .build());
      }
      HttpResponse image =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
              .build();
      writer.write(
          new WarcResponse.Builder(URI.create("https://herald.example/logo.png"))
              .body(image)
              .build());
    }
  }

  @Test
  void anHtmlFileIsTheArticleExtractedFromItHeadlineFirst() throws IOException {
    Path page = Files.write(dir.resolve("bridge.html"), resource("news-with-chrome.html"));
    Result r = read(page.toString());
    assertEquals(List.of(), r.problems());
    InputRecord record = r.records().get(0);
    assertTrue(
        record
            .article()
            .text()
            .startsWith("Harbour bridge reopens after repairs\n\nThe harbour bridge reopened"));
    assertEquals("https://herald.example/news/harbour-bridge-reopens", record.page().url());
    assertEquals(Instant.parse("2021-03-04T09:30:00Z").getEpochSecond(), record.article().time());
  }

  @Test
  void theMetaCharsetOfAPageIsHonoured() throws IOException {
    Path page = Files.write(dir.resolve("cafe.htm"), resource("latin1.html"));
    Result r = read(page.toString());
    assertTrue(
        r.records()
            .get(0)
            .article()
            .text()
            .contains("Le café du port, ouvert depuis 1932, fermera ses portes à la fin"),
        r.records().get(0).article().text());
  }

  @Test
  void gzipInputsAreReadDecompressedWhateverTheirFormat() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.write(in.resolve("a.html.gz"), gzip(resource("news-with-chrome.html")));
    Files.write(in.resolve("b.txt.gz"), gzip("a text article".getBytes(UTF_8)));
    Files.write(
        in.resolve("c.jsonl.gz"), gzip("{\"id\":\"c1\",\"text\":\"a record\"}\n".getBytes(UTF_8)));
    Result r = read(in.toString());
    assertEquals(List.of("a.html.gz", "b.txt.gz", "c1"), r.ids());
    assertTrue(r.records().get(0).article().text().startsWith("Harbour bridge reopens"));
    assertEquals("a text article", r.records().get(1).article().text());
    assertEquals(List.of(), r.problems());
  }

  @Test
  void aPageWithoutAnArticleIsAWarningAndSkipped() throws IOException {
    Path page = Files.write(dir.resolve("gallery.html"), resource("no-article.html"));
    Result r = read(page.toString());
    assertEquals(List.of(), r.records());
    assertEquals(
        List.of("WARNING " + page + ": no article text found in the page, skipped"), r.problems());
  }

  @Test
  void jsonLinesRecordsWithAnHtmlFieldAreReadAsPagesOthersAsText() throws IOException {
    String html = new String(resource("news-with-chrome.html"), UTF_8);
    String jsonl =
        "{\"id\":\"p1\",\"url\":\"https://x.example/1\",\"html\":"
            + json(html)
            + "}\n"
            + "{\"id\":\"t1\",\"text\":\"plain text article\"}\n";
    Path file = Files.write(dir.resolve("batch.jsonl.gz"), gzip(jsonl.getBytes(UTF_8)));
    Result r = read(file.toString());
    assertEquals(List.of("p1", "t1"), r.ids());
    assertEquals("https://x.example/1", r.records().get(0).page().url());
    assertTrue(r.records().get(0).article().text().contains("The repairs cost 4.2 million"));
    assertEquals("plain text article", r.records().get(1).article().text());
  }

  @Test
  void theHtmlFieldCanBeRenamed() throws IOException {
    String jsonl =
        "{\"id\":\"p1\",\"body\":"
            + json(new String(resource("news-with-chrome.html"), UTF_8))
            + "}\n";
    Path file = Files.write(dir.resolve("batch.jsonl"), jsonl.getBytes(UTF_8));
    Result r =
        read(
            new InputOptions(InputFormat.AUTO, "id", "text", null, 1 << 20, "date", "body"),
            file.toString());
    assertTrue(r.records().get(0).article().text().contains("Council leader Mara Quinn"));
  }

  @Test
  void aTruncatedGzipFileIsOneErrorNamingTheOffsetAndEarlierRecordsAreKept() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 20000; i++) {
      jsonl
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"article number ")
          .append(i)
          .append(" with some words\"}\n");
    }
    byte[] whole = gzip(jsonl.toString().getBytes(UTF_8));
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    Path good = Files.write(dir.resolve("good.txt"), "still read".getBytes(UTF_8));
    Result r = read(file.toString(), good.toString());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(
        r.problems()
            .get(0)
            .matches(
                "ERROR .*cut\\.jsonl\\.gz: truncated gzip data \\(compressed input ends at byte \\d+\\)"),
        r.problems().get(0));
    assertTrue(r.records().size() > 100, "records before the cut: " + r.records().size());
    assertEquals("good.txt", Path.of(r.ids().get(r.ids().size() - 1)).getFileName().toString());
  }

  @Test
  void aCompressedPageStillHasTheArticleLimitAppliedToItsDecompressedSize() throws IOException {
    byte[] big =
        ("<html><body><p>" + "word ".repeat(400_000) + "</p></body></html>").getBytes(UTF_8);
    Path file = Files.write(dir.resolve("big.html.gz"), gzip(big));
    Result r =
        read(new InputOptions(InputFormat.AUTO, "id", "text", null, 1 << 20), file.toString());
    assertEquals(List.of(), r.records());
    assertEquals(List.of("ERROR " + file + ": exceeds the 1 MiB article limit"), r.problems());
  }

  @Test
  void eachHtmlResponseOfAWarcIsOnePageIdByTargetUriRepeatsByRecordId() throws IOException {
    String page = new String(resource("news-with-chrome.html"), UTF_8);
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(
        warc,
        WarcCompression.GZIP,
        List.of(
            new String[] {"https://herald.example/a", page},
            new String[] {
              "https://herald.example/b", new String(resource("two-stories.html"), UTF_8)
            },
            new String[] {"https://herald.example/a", page}));
    Result r = read(warc.toString());
    assertEquals(3, r.records().size(), r.problems().toString());
    assertEquals("https://herald.example/a", r.ids().get(0));
    assertEquals("https://herald.example/b", r.ids().get(1));
    assertTrue(r.ids().get(2).startsWith("https://herald.example/a <urn:uuid:"), r.ids().get(2));
    assertEquals("https://herald.example/a", r.records().get(2).page().url());
    assertEquals(
        List.of(
            "WARNING "
                + warc
                + ": 2 WARC records without an HTML page skipped (1 non-HTML response, 1 warcinfo)"),
        r.problems());
  }

  @Test
  void aWarcPagesHttpCharsetIsHonouredAndItsDateIsTheFallbackTime() throws IOException {
    String page =
        "<html><body><div class='content'><p>Le café du port, ouvert depuis 1932, fermera ses portes "
            + "à la fin du mois, a annoncé son propriétaire, qui part à la retraite.</p></div></body></html>";
    Path warc = dir.resolve("latin.warc");
    writeWarc(
        warc,
        WarcCompression.NONE,
        List.<String[]>of(new String[] {"https://cafe.example/", page, "ISO-8859-1"}));
    Result r = read(warc.toString());
    assertTrue(
        r.records().get(0).article().text().contains("Le café du port"),
        r.records().get(0).article().text());
    assertEquals(
        Instant.parse("2021-03-05T10:00:00Z").getEpochSecond(),
        r.records().get(0).article().time());
  }

  @Test
  void aTruncatedWarcIsOneErrorNamingTheRecordOffsetAfterTheEarlierPages() throws IOException {
    String page = new String(resource("news-with-chrome.html"), UTF_8);
    Path whole = dir.resolve("whole.warc");
    writeWarc(
        whole,
        WarcCompression.NONE,
        List.of(
            new String[] {"https://herald.example/a", page},
            new String[] {"https://herald.example/b", page.replace("harbour", "river")}));
    byte[] bytes = Files.readAllBytes(whole);
    int second = new String(bytes, UTF_8).lastIndexOf("WARC/1.");
    second = new String(bytes, UTF_8).lastIndexOf("WARC/1.", second - 1);
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, second + 600));
    Result r = read(cut.toString());
    assertEquals(List.of("https://herald.example/a"), r.ids());
    assertEquals(
        1,
        r.problems().stream().filter(p -> p.startsWith("ERROR")).count(),
        r.problems().toString());
    String error =
        r.problems().stream().filter(p -> p.startsWith("ERROR")).findFirst().orElseThrow();
    assertTrue(error.contains("cut.warc: truncated or unreadable WARC record at offset "), error);
    assertNotEquals(
        -1, error.indexOf(String.valueOf(second)), error + " should name offset " + second);
  }

  @Test
  void htmlFormatReadsAnyFileAsAPage() throws IOException {
    Path page = Files.write(dir.resolve("page.txt"), resource("news-with-chrome.html"));
    Result r =
        read(new InputOptions(InputFormat.HTML, "id", "text", null, 1 << 20), page.toString());
    assertTrue(r.records().get(0).article().text().startsWith("Harbour bridge reopens"));
  }

  private static String json(String s) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
  }
}
