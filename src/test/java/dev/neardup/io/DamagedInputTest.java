package dev.neardup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cut-off and damaged files: every complete record before (and, in a WARC, after) the damage is
 * read.
 */
class DamagedInputTest {
  @TempDir Path dir;

  private record Result(List<InputRecord> records, List<String> problems) {
    List<String> ids() {
      return records.stream().map(r -> r.article().id()).toList();
    }
  }

  private static Result read(InputStream stdin, String... inputs) {
    List<InputRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(
            InputOptions.defaults(),
            () -> stdin,
            p -> problems.add(p.severity() + " " + p.render()))
        .read(List.of(inputs), records::add);
    return new Result(records, problems);
  }

  private static String jsonl(int records) {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < records; i++) {
      jsonl
          .append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"article number ")
          .append(i)
          .append(" with some words\"}\n");
    }
    return jsonl.toString();
  }

  /**
   * The lines that decompress whole from a cut gzip file, read a byte at a time so none is lost.
   */
  private static int completeLines(byte[] cut) throws IOException {
    int lines = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(cut))) {
      for (int b; (b = in.read()) != -1; ) {
        lines += b == '\n' ? 1 : 0;
      }
    } catch (IOException e) {
      // The cut.
    }
    return lines;
  }

  @Test
  void aCutGzipJsonLinesFileKeepsEveryCompleteRecordBeforeTheCut() throws IOException {
    byte[] whole = WebInputTest.gzip(jsonl(20000).getBytes(UTF_8));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), cut);
    Result r = read(InputStream.nullInputStream(), file.toString());
    int expected = completeLines(cut);
    assertTrue(expected > 1000 && expected < 20000, expected + " complete lines");
    assertEquals(expected, r.records().size(), r.problems().toString());
    assertEquals("r" + (expected - 1), r.ids().get(r.ids().size() - 1));
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(
        r.problems()
            .get(0)
            .matches(
                "ERROR .*cut\\.jsonl\\.gz: truncated gzip data \\(compressed input ends at byte "
                    + cut.length
                    + "\\)"),
        r.problems().get(0));
  }

  @Test
  void aGzipJsonLinesFileCutInsideItsFirstKilobytesKeepsItsCompleteRecords() throws IOException {
    byte[] whole = WebInputTest.gzip(jsonl(2000).getBytes(UTF_8));
    byte[] cut = Arrays.copyOf(whole, 600);
    Path file = Files.write(dir.resolve("early.jsonl.gz"), cut);
    Result r = read(InputStream.nullInputStream(), file.toString());
    int expected = completeLines(cut);
    assertTrue(expected > 10, expected + " complete lines");
    assertEquals(expected, r.records().size(), r.problems().toString());
    assertEquals(1, r.problems().size(), r.problems().toString());
  }

  private Path threePageWarc(String name, org.netpreserve.jwarc.WarcCompression compression)
      throws IOException {
    String page = new String(WebInputTest.resource("news-with-chrome.html"), UTF_8);
    Path warc = dir.resolve(name);
    WebInputTest.writeWarc(
        warc,
        compression,
        List.of(
            new String[] {"https://herald.example/a", page},
            new String[] {"https://herald.example/b", page.replace("harbour", "river")},
            new String[] {"https://herald.example/c", page.replace("harbour", "canal")}));
    return warc;
  }

  /** Where each occurrence of {@code marker} starts in {@code bytes}. */
  private static List<Integer> offsets(byte[] bytes, byte[] marker) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + marker.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
        found.add(i);
      }
    }
    return found;
  }

  @Test
  void aDamagedRecordInAPlainWarcIsOneErrorAndTheRecordsAfterItAreRead() throws IOException {
    Path warc = threePageWarc("damaged.warc", org.netpreserve.jwarc.WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(warc);
    // Records: warcinfo, a, b, c, an image. Break b's header line.
    List<Integer> records = offsets(bytes, "WARC/1.".getBytes(UTF_8));
    bytes[records.get(2)] = 'X';
    Files.write(warc, bytes);
    assertReadOnAfterTheDamage(warc, records.get(2), records.get(3));
  }

  @Test
  void aCorruptMemberOfAGzipWarcIsOneErrorAndTheRecordsAfterItAreRead() throws IOException {
    Path warc = threePageWarc("damaged.warc.gz", org.netpreserve.jwarc.WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(warc);
    List<Integer> members = offsets(bytes, new byte[] {0x1f, (byte) 0x8b, 0x08});
    for (int i = members.get(2) + 40; i < members.get(2) + 60; i++) {
      bytes[i] ^= 0x5a;
    }
    Files.write(warc, bytes);
    assertReadOnAfterTheDamage(warc, members.get(2), members.get(3));
  }

  /** Pages a and c read, b (at {@code damaged}) one error naming where reading resumed. */
  private static void assertReadOnAfterTheDamage(Path warc, int damaged, int resumed) {
    Result r = read(InputStream.nullInputStream(), warc.toString());
    assertEquals(
        List.of("https://herald.example/a", "https://herald.example/c"),
        r.ids(),
        r.problems().toString());
    List<String> errors = r.problems().stream().filter(p -> p.startsWith("ERROR")).toList();
    assertEquals(1, errors.size(), r.problems().toString());
    assertTrue(
        errors
            .get(0)
            .contains(warc.getFileName() + ": unreadable WARC data at offset " + damaged + " ("),
        errors.get(0));
    assertTrue(
        errors.get(0).endsWith("read on from the next record at offset " + resumed), errors.get(0));
  }
}
