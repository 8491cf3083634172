package dev.neardup.io;

import dev.neardup.core.text.Article;
import dev.neardup.io.InputProblem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns command-line inputs (files, directories, {@code -} for standard input) into articles.
 *
 * <p>A plain-text input is one article; a JSON Lines input is one article per line; a web page
 * is the article extracted from it; a WARC file one article per HTML response (see {@link
 * InputFormat}). Files ending {@code .gz} are read decompressed. Directories are walked recursively, entries in each directory in name order, with
 * hidden entries (names starting with {@code .}) skipped and {@link InputOptions#glob()} applied,
 * so the same tree always yields the same articles in the same order. Symbolic links inside a
 * directory are skipped with a warning unless {@link InputOptions#followSymlinks()}.
 *
 * <p>Bad input never throws: missing or unreadable paths, binary files, oversized articles and bad
 * JSON lines are reported as {@link InputProblem}s and reading carries on with the next input or
 * line. Bytes are decoded as UTF-8; malformed sequences become U+FFFD with a warning, and a leading
 * byte-order mark is dropped. Articles whose text is blank are dropped with a warning (or delivered
 * with one, {@link InputOptions#deliverEmpty()}).
 *
 * <p>Standard input and JSON Lines are streamed: each record reaches the sink as soon as its line
 * has been read, and memory stays bounded by {@link InputOptions#maxArticleBytes()}. Standard input
 * is read at most once per reader and never closed; what it holds is told from its first bytes:
 * gzip data ({@code 1f 8b}) is read decompressed, then {@code WARC/1.} is a WARC file, {@code {}
 * JSON Lines, {@code <} a web page, anything else text.
 *
 * <p>Not thread-safe.
 */
public final class ArticleReader {
  private final InputOptions options;
  private final Supplier<InputStream> stdin;
  private final Consumer<InputProblem> problems;
  private final PathMatcher glob;
  private final JsonlReader jsonl;
  private final HtmlPages html = new HtmlPages();
  private final WarcPages warc;
  private boolean stdinUsed;

  /**
   * @param options how to interpret inputs
   * @param stdin supplies standard input, asked for only when an input is {@code -}
   * @param problems receives every warning and error, in reading order
   * @throws NullPointerException if any argument is null
   */
  public ArticleReader(
      InputOptions options, Supplier<InputStream> stdin, Consumer<InputProblem> problems) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.glob =
        options.glob() == null
            ? null
            : FileSystems.getDefault().getPathMatcher("glob:" + options.glob());
    this.jsonl = new JsonlReader(options, html, problems);
    this.warc = new WarcPages(html, options.maxArticleBytes(), problems);
  }

  /**
   * Streams every article of every input to {@code sink}: inputs in the order given, directory
   * contents in name order, JSON Lines records in line order.
   *
   * @param inputs file paths, directory paths and {@code -} for standard input; an empty list reads
   *     nothing (choosing stdin as the default is the caller's business)
   * @throws NullPointerException if {@code inputs}, one of them, or {@code sink} is null; whatever
   *     {@code sink} throws is passed through
   */
  public void read(List<String> inputs, Consumer<InputRecord> sink) {
    Objects.requireNonNull(sink, "sink");
    for (String input : List.copyOf(inputs)) {
      if (input.equals("-")) {
        readStdin(sink);
      } else {
        readArgument(input, sink);
      }
    }
  }

  /** Every article of {@link #read}, in the same order, collected into a list. */
  public List<Article> readAll(List<String> inputs) {
    List<Article> articles = new ArrayList<>();
    read(inputs, record -> articles.add(record.article()));
    return articles;
  }

  private void readArgument(String input, Consumer<InputRecord> sink) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      error(input, "invalid path (" + e.getReason() + ")");
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      error(input, InputText.reason(e));
      return;
    }
    if (attributes.isDirectory()) {
      new DirectoryWalk(
              glob,
              options.followSymlinks(),
              problems,
              (file, source, id, fileAttributes) ->
                  readFile(file, source, id, fileAttributes, sink))
          .walk(path);
    } else {
      // An explicitly named file is read whatever it is (a FIFO from <(cmd) included) and keeps
      // the spelling the user gave as its id.
      readFile(path, input, input, attributes, sink);
    }
  }

  private void readFile(
      Path path,
      String source,
      String id,
      BasicFileAttributes attributes,
      Consumer<InputRecord> sink) {
    String fileName = path.getFileName().toString();
    if (formatOfFile(fileName) == InputFormat.WARC && attributes.isRegularFile()) {
      // A file, so reading can go on after a damaged record (jwarc finds compressed records
      // itself).
      try {
        warc.read(path, source, sink);
      } catch (IOException | UncheckedIOException e) {
        error(
            source,
            InputText.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
      }
      return;
    }
    InputStream raw;
    try {
      raw = Files.newInputStream(path);
    } catch (IOException e) {
      error(source, InputText.reason(e));
      return;
    }
    readFile(raw, fileName, source, id, attributes.isRegularFile(), attributes.size(), sink);
  }

  /**
   * Reads one regular file of another file system (a Hadoop path, say) from its bytes, exactly as a
   * file of that name and size found on disk: format from {@code fileName}, {@code .gz}
   * decompressed, problems reported and nothing thrown. Closes {@code raw}.
   *
   * @param raw the file's bytes as stored
   * @param fileName its last path component, which decides the format
   * @param source how problems name it
   * @param id the article id of a plain-text or HTML file
   * @param size its length in bytes
   */
  public void readFile(
      InputStream raw,
      String fileName,
      String source,
      String id,
      long size,
      Consumer<InputRecord> sink) {
    readFile(raw, fileName, source, id, true, size, sink);
  }

  private void readFile(
      InputStream raw,
      String fileName,
      String source,
      String id,
      boolean regularFile,
      long size,
      Consumer<InputRecord> sink) {
    boolean gzip = fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    InputFormat format = formatOfFile(fileName);
    // jwarc finds compressed records itself; everything else ending .gz is read decompressed.
    GzipInput.Opened opened = null;
    try {
      opened = GzipInput.open(raw, gzip && format != InputFormat.WARC);
      switch (format) {
        case WARC -> warc.read(opened.stream(), source, sink);
        case JSONL -> readJsonlFile(opened.stream(), source, regularFile, sink);
        default ->
            readTextFile(opened, source, id, regularFile, size, format == InputFormat.HTML, sink);
      }
    } catch (IOException e) {
      error(source, opened == null ? InputText.reason(e) : opened.describe(e));
    } catch (UncheckedIOException e) {
      error(source, opened == null ? InputText.reason(e) : opened.describe(e.getCause()));
    } finally {
      if (opened != null) {
        opened.close();
      }
    }
  }

  /** The format of the file named {@code fileName}, a {@code .gz} suffix set aside. */
  private InputFormat formatOfFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return format(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
  }

  /** The format of a file named {@code name} (lower case, {@code .gz} removed). */
  private InputFormat format(String name) {
    if (options.format() != InputFormat.AUTO) {
      return options.format();
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return InputFormat.HTML;
    }
    return name.endsWith(".warc") ? InputFormat.WARC : InputFormat.TEXT;
  }

  private void readJsonlFile(
      InputStream raw, String source, boolean regularFile, Consumer<InputRecord> sink)
      throws IOException {
    // Probing a pipe could block until 8 KiB arrive; only regular files are probed, and a stray
    // NUL elsewhere still fails its own line as invalid JSON. Not buffered: a buffer's refill
    // that fails (a cut gzip file) would take the records it had gathered with it.
    InputStream in = raw;
    if (regularFile) {
      ProbedInput probed = new ProbedInput(raw, InputText.BINARY_PROBE_BYTES);
      byte[] head = probed.head();
      if (InputText.looksBinary(head, head.length)) {
        error(source, "binary file, skipped");
        return;
      }
      in = probed;
    }
    jsonl.read(in, source, sink);
  }

  private void readTextFile(
      GzipInput.Opened opened,
      String source,
      String id,
      boolean regularFile,
      long size,
      boolean page,
      Consumer<InputRecord> sink)
      throws IOException {
    // Checked before reading so a huge file is rejected without reading it; a compressed one is
    // measured as it is decompressed.
    if (!opened.compressed() && regularFile && size > options.maxArticleBytes()) {
      error(source, InputText.exceedsLimit(size, options.maxArticleBytes()));
      return;
    }
    readText(opened.stream(), source, id, page, sink);
  }

  /**
   * Reads all of {@code in} as one article, stopping early if it exceeds the limit; a web page
   * ({@code page}) becomes the article extracted from it.
   */
  private void readText(
      InputStream in, String source, String id, boolean page, Consumer<InputRecord> sink)
      throws IOException {
    int limit = (int) Math.min(options.maxArticleBytes(), InputText.MAX_ARRAY_BYTES);
    // One byte past the limit tells "exactly at the limit" from "over it" without reading on.
    byte[] bytes = in.readNBytes(limit == InputText.MAX_ARRAY_BYTES ? limit : limit + 1);
    if (bytes.length > limit || (limit == InputText.MAX_ARRAY_BYTES && in.read() != -1)) {
      error(source, "exceeds the " + InputText.size(limit) + " article limit");
      return;
    }
    if (InputText.looksBinary(bytes, bytes.length)) {
      error(source, "binary file, skipped");
      return;
    }
    if (page) {
      HtmlPages.Read read = html.read(id, bytes, bytes.length, null, null);
      if (read.article().text().isBlank()) {
        warning(source, "no article text found in the page, skipped");
        return;
      }
      sink.accept(new InputRecord(read.article(), source, 0, null, read.page()));
      return;
    }
    InputText.Decoded decoded =
        InputText.decode(bytes, InputText.bomLength(bytes, 0, bytes.length), bytes.length);
    if (decoded.replaced()) {
      warning(source, "invalid UTF-8 replaced");
    }
    if (decoded.text().isBlank()) {
      warning(source, options.deliverEmpty() ? InputText.EMPTY_PASSED : InputText.EMPTY_SKIPPED);
      if (!options.deliverEmpty()) {
        return;
      }
    }
    sink.accept(new InputRecord(new Article(id, decoded.text()), source, 0, null));
  }

  private void readStdin(Consumer<InputRecord> sink) {
    if (stdinUsed) {
      warning("-", "standard input already read, skipped");
      return;
    }
    stdinUsed = true;
    SniffedStdin in =
        new SniffedStdin(
            Objects.requireNonNull(stdin.get(), "stdin supplied null"), options.format());
    try {
      in.sniff();
      switch (in.format()) {
        case JSONL -> jsonl.read(in.stream(), "-", sink);
        case WARC -> warc.read(in.stream(), "-", sink);
        default -> readText(in.stream(), "-", "-", in.format() == InputFormat.HTML, sink);
      }
    } catch (IOException e) {
      error("-", in.reason(e));
    } catch (UncheckedIOException e) {
      error("-", in.reason(e));
    }
  }

  private void error(String source, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, 0, message));
  }

  private void warning(String source, String message) {
    problems.accept(new InputProblem(Severity.WARNING, source, 0, message));
  }
}
