package dev.neardup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.text.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  /** What one read produced: records and rendered problems, each prefixed by its severity. */
  private record Result(List<InputRecord> records, List<String> problems) {
    List<String> ids() {
      return records.stream().map(r -> r.article().id()).toList();
    }

    List<String> texts() {
      return records.stream().map(r -> r.article().text()).toList();
    }
  }

  private static InputOptions options(InputFormat format, String glob, long maxBytes) {
    return new InputOptions(format, "id", "text", glob, maxBytes);
  }

  private Result read(InputOptions options, InputStream stdin, String... inputs) {
    List<InputRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(options, () -> stdin, p -> problems.add(p.severity() + " " + p.render()))
        .read(List.of(inputs), records::add);
    return new Result(records, problems);
  }

  private Result read(InputOptions options, String... inputs) {
    return read(options, InputStream.nullInputStream(), inputs);
  }

  private Result read(String... inputs) {
    return read(InputOptions.defaults(), inputs);
  }

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static InputStream stdin(String content) {
    return new ByteArrayInputStream(content.getBytes(UTF_8));
  }

  @Test
  void directoryIsWalkedRecursivelyInNameOrderSkippingHiddenFilesAndDirectories()
      throws IOException {
    write("corpus/b.txt", "bee");
    write("corpus/a.txt", "ay");
    write("corpus/sub/c.txt", "sea");
    write("corpus/.hidden.txt", "secret");
    write("corpus/.git/d.txt", "object");
    write("corpus/sub/.e.txt", "hidden too");

    Result result = read(dir.resolve("corpus").toString());

    assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"), result.ids());
    assertEquals(List.of("ay", "bee", "sea"), result.texts());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void idsAreRelativeToTheDirectoryArgumentAndFileArgumentsKeepThePathAsGiven() throws IOException {
    Path file = write("corpus/x/y/z.txt", "deep");
    write("single.txt", "alone");

    Result fromDir = read(dir.resolve("corpus/x").toString());
    assertEquals(List.of("y/z.txt"), fromDir.ids());
    assertEquals(file.toString(), fromDir.records().get(0).source());
    assertEquals(0, fromDir.records().get(0).line());
    assertNull(fromDir.records().get(0).rawLine());

    String asGiven = dir + "/corpus/../single.txt";
    assertEquals(List.of(asGiven), read(asGiven).ids());
  }

  @Test
  void globFiltersDirectoryFilesAtAnyDepthButNeverExplicitFiles() throws IOException {
    write("corpus/a.txt", "ay");
    write("corpus/notes.md", "markdown");
    write("corpus/sub/b.txt", "bee");
    write("corpus/sub/c.html", "html");
    Path explicit = write("other.md", "named explicitly");

    Result byName =
        read(
            options(InputFormat.AUTO, "*.txt", 1 << 20),
            dir.resolve("corpus").toString(),
            explicit.toString());
    assertEquals(List.of("a.txt", "sub/b.txt", explicit.toString()), byName.ids());

    Result byRelativePath =
        read(options(InputFormat.AUTO, "sub/*", 1 << 20), dir.resolve("corpus").toString());
    assertEquals(List.of("sub/b.txt", "sub/c.html"), byRelativePath.ids());
  }

  @Test
  void jsonlWithCustomFieldsKeepsEachRawLineAndSkipsBlankLines() throws IOException {
    String first =
        "{\"headline\":\"x\",\"doc\":\"a1\",\"body\":\"Rain in Spain\",\"meta\":{\"body\":1}}";
    String second = "{\"body\":\"Sun in \\u00c9vora\",  \"doc\":\"a2\"}";
    Path file = write("batch.ndjson", first + "\n\n   \n" + second + "\r\n");

    Result result =
        read(new InputOptions(InputFormat.AUTO, "doc", "body", null, 1 << 20), file.toString());

    assertEquals(List.of("a1", "a2"), result.ids());
    assertEquals(List.of("Rain in Spain", "Sun in Évora"), result.texts());
    assertEquals(List.of(1L, 4L), result.records().stream().map(InputRecord::line).toList());
    assertEquals(
        List.of(first, second), result.records().stream().map(InputRecord::rawLine).toList());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void publicationTimeComesFromTheDateFieldAndAnUnreadableOneIsNoTime() throws IOException {
    Path file =
        write(
            "dated.jsonl",
            String.join(
                    "\n",
                    "{\"id\":\"a\",\"text\":\"One\",\"published\":\"2019-05-31T17:45:53-04:00\",\"date\":\"1999-01-01\"}",
                    "{\"id\":\"b\",\"text\":\"Two\",\"published\":1559339153}",
                    "{\"id\":\"c\",\"text\":\"Three\",\"published\":\"last Friday\"}",
                    "{\"id\":\"d\",\"text\":\"Four\",\"published\":{\"at\":1}}",
                    "{\"id\":\"e\",\"text\":\"Five\"}")
                + "\n");

    Result result =
        read(
            new InputOptions(InputFormat.AUTO, "id", "text", null, 1 << 20, "published"),
            file.toString());

    assertEquals(
        List.of(1_559_339_153L, 1_559_339_153L, Article.NO_TIME, Article.NO_TIME, Article.NO_TIME),
        result.records().stream().map(r -> r.article().time()).toList());
    assertEquals(List.of(), result.problems());
    Result byDefault = read(file.toString());
    assertEquals(
        915_148_800L, byDefault.records().get(0).article().time(), "the default field is date");
  }

  @Test
  void numericIdBecomesItsTextAndMissingIdBecomesSourceAndLine() throws IOException {
    Path file =
        write(
            "batch.jsonl",
            "{\"id\":17,\"text\":\"int\"}\n{\"id\":2.50,\"text\":\"float\"}\n{\"text\":\"no id\"}\n");

    Result result = read(file.toString());

    assertEquals(List.of("17", "2.50", file + ":3"), result.ids());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void malformedJsonLineIsAnErrorWithItsLineNumberAndTheOtherLinesAreStillRead()
      throws IOException {
    Path file =
        write(
            "batch.jsonl",
            String.join(
                "\n",
                "{\"id\":\"a\",\"text\":\"one\"}",
                "{\"id\":\"b\",\"text\":\"two\"",
                "[\"not\", \"an object\"]",
                "{\"id\":\"c\",\"text\":\"three\"} {\"id\":\"d\"}",
                "{\"id\":\"e\",\"text\":\"five\"}"));

    Result result = read(file.toString());

    assertEquals(List.of("a", "e"), result.ids());
    assertEquals(3, result.problems().size(), result.problems().toString());
    assertTrue(
        result.problems().get(0).startsWith("ERROR " + file + ":2: not valid JSON ("),
        result.problems().get(0));
    assertEquals("ERROR " + file + ":3: not a JSON object", result.problems().get(1));
    assertTrue(
        result.problems().get(2).startsWith("ERROR " + file + ":4: not valid JSON"),
        result.problems().get(2));
    result
        .problems()
        .forEach(
            p ->
                assertTrue(
                    !p.contains("\n") && !p.contains("Exception") && !p.contains("[Source"), p));
  }

  @Test
  void missingOrNonStringTextFieldIsAnErrorForThatLineOnly() throws IOException {
    Path file =
        write(
            "batch.jsonl",
            String.join(
                "\n",
                "{\"id\":\"a\",\"body\":\"wrong field\"}",
                "{\"id\":\"b\",\"text\":42}",
                "{\"id\":\"c\",\"text\":\"fine\"}",
                "{\"id\":\"d\",\"text\":\"one\",\"text\":\"two\"}",
                "{\"id\":[1],\"text\":\"bad id\"}"));

    Result result = read(file.toString());

    assertEquals(List.of("c"), result.ids());
    assertEquals(
        List.of(
            "ERROR " + file + ":1: missing field \"text\"",
            "ERROR " + file + ":2: field \"text\" is a number, not a string",
            "ERROR " + file + ":4: duplicate field \"text\"",
            "ERROR " + file + ":5: field \"id\" is an array, not a string or number"),
        result.problems());
  }

  @Test
  void missingPathIsAnErrorAndTheOtherInputsAreStillRead() throws IOException {
    Path present = write("present.txt", "here");
    String missing = dir.resolve("absent.txt").toString();

    Result result = read(missing, present.toString());

    assertEquals(List.of(present.toString()), result.ids());
    assertEquals(List.of("ERROR " + missing + ": no such file or directory"), result.problems());
  }

  @Test
  void binaryFileInADirectoryIsNamedAndTheTextFileBesideItIsStillRead() throws IOException {
    write("corpus/a.txt", "readable");
    Path binary = write("corpus/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path binaryJsonl = write("corpus/z.jsonl", new byte[] {'{', 0, '}'});

    Result result = read(dir.resolve("corpus").toString());

    assertEquals(List.of("a.txt"), result.ids());
    assertEquals(
        List.of(
            "ERROR " + binary + ": binary file, skipped",
            "ERROR " + binaryJsonl + ": binary file, skipped"),
        result.problems());
  }

  @Test
  void invalidUtf8IsReplacedWithAWarningNamingTheFileOrLine() throws IOException {
    byte[] latin1 = "caf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path text = write("latin1.txt", latin1);
    byte[] line =
        ("{\"id\":\"x\",\"text\":\""
                + new String(latin1, java.nio.charset.StandardCharsets.ISO_8859_1)
                + "\"}")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] jsonl = concat("{\"id\":\"ok\",\"text\":\"fine\"}\n".getBytes(UTF_8), line);
    Path lines = write("batch.jsonl", jsonl);

    Result result = read(text.toString(), lines.toString());

    assertEquals(List.of("caf\uFFFD au lait", "fine", "caf\uFFFD au lait"), result.texts());
    assertEquals(
        List.of(
            "WARNING " + text + ": invalid UTF-8 replaced",
            "WARNING " + lines + ":2: invalid UTF-8 replaced"),
        result.problems());
  }

  @Test
  void byteOrderMarkIsStrippedFromTextFilesAndJsonl() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path text = write("bom.txt", concat(bom, "headline".getBytes(UTF_8)));
    Path lines = write("bom.jsonl", concat(bom, "{\"id\":\"a\",\"text\":\"t\"}".getBytes(UTF_8)));

    Result result = read(text.toString(), lines.toString());

    assertEquals(List.of("headline", "t"), result.texts());
    assertEquals("{\"id\":\"a\",\"text\":\"t\"}", result.records().get(1).rawLine());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void emptyArticleIsSkippedWithAWarning() throws IOException {
    Path blank = write("blank.txt", " \n\t \n");
    Path lines =
        write("batch.jsonl", "{\"id\":\"e\",\"text\":\"  \"}\n{\"id\":\"f\",\"text\":\"full\"}");

    Result result = read(blank.toString(), lines.toString());

    assertEquals(List.of("f"), result.ids());
    assertEquals(
        List.of(
            "WARNING " + blank + ": empty article, skipped",
            "WARNING " + lines + ":1: empty article, skipped"),
        result.problems());
  }

  @Test
  void explicitFormatOverridesTheFileExtension() throws IOException {
    Path jsonl = write("looks.jsonl", "{\"id\":\"a\",\"text\":\"t\"}");
    Path text = write("looks.txt", "{\"id\":\"b\",\"text\":\"u\"}");

    assertEquals(
        List.of(jsonl.toString()),
        read(options(InputFormat.TEXT, null, 1 << 20), jsonl.toString()).ids());
    assertEquals(
        List.of("b"), read(options(InputFormat.JSONL, null, 1 << 20), text.toString()).ids());
  }

  @Test
  void stdinTextIsOneArticleWithIdDash() {
    Result result = read(InputOptions.defaults(), stdin("  Plain story.\n{not json}\n"), "-");

    assertEquals(
        List.of(new Article("-", "  Plain story.\n{not json}\n")),
        result.records().stream().map(InputRecord::article).toList());
    assertEquals("-", result.records().get(0).source());
  }

  @Test
  void stdinStartingWithABraceIsSniffedAsJsonlKeepingLineNumbers() {
    Result result =
        read(
            InputOptions.defaults(),
            stdin("\n  \n{\"id\":\"a\",\"text\":\"one\"}\n{\"text\":\"two\"}\n"),
            "-");

    assertEquals(List.of("a", "-:4"), result.ids());
    assertEquals(List.of(3L, 4L), result.records().stream().map(InputRecord::line).toList());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void stdinIsReadOnlyOnce() {
    Result result = read(InputOptions.defaults(), stdin("story"), "-", "-");

    assertEquals(List.of("-"), result.ids());
    assertEquals(List.of("WARNING -: standard input already read, skipped"), result.problems());
  }

  @Test
  @Timeout(10)
  void stdinJsonlIsStreamedRecordByRecord() throws Exception {
    PipedOutputStream writer = new PipedOutputStream();
    PipedInputStream pipe = new PipedInputStream(writer, 1 << 16);
    BlockingQueue<String> delivered = new LinkedBlockingQueue<>();
    ArticleReader reader = new ArticleReader(InputOptions.defaults(), () -> pipe, p -> {});
    Thread thread =
        new Thread(() -> reader.read(List.of("-"), r -> delivered.add(r.article().id())));
    thread.start();

    // Each record must arrive while the stream is still open, before the next one is written.
    for (int i = 1; i <= 3; i++) {
      writer.write(("{\"id\":\"r" + i + "\",\"text\":\"t\"}\n").getBytes(UTF_8));
      writer.flush();
      assertEquals("r" + i, delivered.poll(5, TimeUnit.SECONDS));
    }
    writer.close();
    thread.join(5000);
    assertTrue(delivered.isEmpty());
  }

  @Test
  void textFileOverTheSizeLimitIsAnErrorWithBothSizes() throws IOException {
    Path big = write("big.txt", "x".repeat(3 * 1024 + 512));
    Path fits = write("fits.txt", "x".repeat(2048));

    Result result = read(options(InputFormat.AUTO, null, 2048), big.toString(), fits.toString());

    assertEquals(List.of(fits.toString()), result.ids());
    assertEquals(
        List.of("ERROR " + big + ": 3.5 KiB exceeds the 2 KiB article limit"), result.problems());
  }

  @Test
  void stdinTextOverTheSizeLimitIsAnError() {
    Result result = read(options(InputFormat.TEXT, null, 10), stdin("x".repeat(11)), "-");

    assertEquals(List.of(), result.records());
    assertEquals(List.of("ERROR -: exceeds the 10 bytes article limit"), result.problems());
  }

  @Test
  void jsonlLineOverTheSizeLimitIsAnErrorForThatLineOnly() throws IOException {
    String small = "{\"id\":\"s\",\"text\":\"short\"}";
    String huge = "{\"id\":\"h\",\"text\":\"" + "y".repeat(200_000) + "\"}";
    Path file = write("batch.jsonl", small + "\n" + huge + "\n" + small.replace("\"s\"", "\"t\""));

    Result result = read(options(InputFormat.AUTO, null, 1024), file.toString());

    assertEquals(List.of("s", "t"), result.ids());
    assertEquals(
        List.of("ERROR " + file + ":2: line of 195.3 KiB exceeds the 1 KiB article limit"),
        result.problems());
  }

  @Test
  void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
    write("corpus/a.txt", "ay");
    Files.createSymbolicLink(dir.resolve("corpus/loop"), dir.resolve("corpus"));

    InputOptions following =
        new InputOptions(
            InputFormat.AUTO, "id", "text", null, 1 << 20, "date", "html", true, false);
    Result result = read(following, dir.resolve("corpus").toString());

    assertEquals(List.of("a.txt"), result.ids());
    assertEquals(
        List.of(
            "WARNING "
                + dir.resolve("corpus/loop")
                + ": directory loop through a symbolic link, skipped"),
        result.problems());
  }

  @Test
  void symbolicLinksInsideADirectoryAreNotFollowedUnlessAskedButANamedLinkIs() throws IOException {
    Path secret = write("outside/secret.txt", "the planted secret");
    write("corpus/a.txt", "ay");
    Files.createSymbolicLink(dir.resolve("corpus/leak.txt"), secret);
    Files.createSymbolicLink(dir.resolve("corpus/out"), dir.resolve("outside"));
    Files.createSymbolicLink(dir.resolve("named"), dir.resolve("corpus"));

    Result walked = read(dir.resolve("named").toString());
    assertEquals(
        List.of("a.txt"), walked.ids(), "the named link is followed, the ones inside are not");
    assertEquals(
        List.of(
            "WARNING "
                + dir.resolve("named/leak.txt")
                + ": symbolic link, not followed (--follow-symlinks follows links in directories)",
            "WARNING "
                + dir.resolve("named/out")
                + ": symbolic link, not followed (--follow-symlinks follows links in directories)"),
        walked.problems());

    InputOptions following =
        new InputOptions(
            InputFormat.AUTO, "id", "text", null, 1 << 20, "date", "html", true, false);
    assertEquals(
        List.of("a.txt", "leak.txt", "out/secret.txt"),
        read(following, dir.resolve("corpus").toString()).ids());
  }

  @Test
  void readAllCollectsTheArticlesInReadingOrder() throws IOException {
    write("corpus/b.txt", "bee");
    write("corpus/a.jsonl", "{\"id\":1,\"text\":\"one\"}\n{\"id\":2,\"text\":\"two\"}\n");
    ArticleReader reader =
        new ArticleReader(InputOptions.defaults(), InputStream::nullInputStream, p -> {});

    assertEquals(
        List.of(new Article("1", "one"), new Article("2", "two"), new Article("b.txt", "bee")),
        reader.readAll(List.of(dir.resolve("corpus").toString())));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
