package dev.neardup.io;

import dev.neardup.core.text.Article;
import dev.neardup.io.InputProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
      walk(path, path, new HashSet<>(), sink);
    } else {
      // An explicitly named file is read whatever it is (a FIFO from <(cmd) included) and keeps
      // the spelling the user gave as its id.
      readFile(path, input, input, attributes, sink);
    }
  }

  /**
   * Reads {@code dir} below {@code root}. {@code ancestors} holds the real paths of the directories
   * being walked, so a symbolic link back up the tree is reported, not followed forever.
   */
  private void walk(Path root, Path dir, Set<Path> ancestors, Consumer<InputRecord> sink) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      error(dir.toString(), InputText.reason(e));
      return;
    }
    if (!ancestors.add(real)) {
      warning(dir.toString(), "directory loop through a symbolic link, skipped");
      return;
    }
    try {
      for (Path entry : sortedEntries(dir)) {
        if (!entry.getFileName().toString().startsWith(".")) {
          readEntry(root, entry, ancestors, sink);
        }
      }
    } catch (IOException e) {
      error(dir.toString(), InputText.reason(e));
    } finally {
      ancestors.remove(real);
    }
  }

  /**
   * The entries of {@code dir} in name order: the listing order is arbitrary, output must not be.
   */
  private static List<Path> sortedEntries(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
    return entries;
  }

  private void readEntry(Path root, Path entry, Set<Path> ancestors, Consumer<InputRecord> sink) {
    Path relative = root.relativize(entry);
    BasicFileAttributes attributes;
    try {
      attributes =
          options.followSymlinks()
              ? Files.readAttributes(entry, BasicFileAttributes.class)
              : Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      // Typically a dangling symbolic link; worth an error only if the glob wanted the file.
      if (globAccepts(relative)) {
        error(entry.toString(), InputText.reason(e));
      }
      return;
    }
    if (attributes.isSymbolicLink()) {
      warning(
          entry.toString(),
          "symbolic link, not followed (--follow-symlinks follows links in directories)");
    } else if (attributes.isDirectory()) {
      walk(root, entry, ancestors, sink);
    } else if (!globAccepts(relative)) {
      return;
    } else if (attributes.isRegularFile()) {
      readFile(entry, entry.toString(), id(relative), attributes, sink);
    } else {
      // Reading a FIFO or device met while walking could block forever or never end.
      warning(entry.toString(), "not a regular file, skipped");
    }
  }

  private boolean globAccepts(Path relative) {
    return glob == null || glob.matches(relative) || glob.matches(relative.getFileName());
  }

  /** The relative path with {@code /} separators, whatever the platform. */
  private static String id(Path relative) {
    StringBuilder id = new StringBuilder();
    for (Path part : relative) {
      if (id.length() > 0) {
        id.append('/');
      }
      id.append(part);
    }
    return id.toString();
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
    InputStream in = Objects.requireNonNull(stdin.get(), "stdin supplied null");
    GzipInput.Opened gunzipped = null;
    try {
      InputFormat format = options.format();
      if (format != InputFormat.WARC) {
        // jwarc reads gzip WARC itself; anything else sent compressed is read decompressed.
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        boolean gzip = startsWith(in, prefix, GZIP_MAGIC);
        in = new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), in);
        if (gzip) {
          gunzipped = GzipInput.decompress(in);
          in = gunzipped.stream();
        }
      }
      if (format == InputFormat.AUTO) {
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        int first = firstSignificantByte(in, prefix);
        format =
            first == '{' ? InputFormat.JSONL : first == '<' ? InputFormat.HTML : InputFormat.TEXT;
        if (first == 'W' && prefix.size() == 1 && startsWith(in, prefix, WARC_REST)) {
          format = InputFormat.WARC;
        }
        // Put the sniffed bytes back so line numbers and text are exactly as sent.
        in = new SequenceInputStream(new ByteArrayInputStream(prefix.toByteArray()), in);
      }
      switch (format) {
        case JSONL -> jsonl.read(in, "-", sink);
        case WARC -> warc.read(in, "-", sink);
        default -> readText(in, "-", "-", format == InputFormat.HTML, sink);
      }
    } catch (IOException e) {
      error("-", gunzipped == null ? InputText.reason(e) : gunzipped.describe(e));
    } catch (UncheckedIOException e) {
      error("-", gunzipped == null ? InputText.reason(e) : gunzipped.describe(e.getCause()));
    }
  }

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};

  /** What follows the W of a WARC file's first line, {@code WARC/1.0} or {@code WARC/1.1}. */
  private static final byte[] WARC_REST =
      "ARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Reads {@code in} byte by byte (an interactive stream must not wait for more) while it matches
   * {@code expected}, copying what it read to {@code prefix}.
   *
   * @return whether all of {@code expected} came
   */
  private static boolean startsWith(InputStream in, ByteArrayOutputStream prefix, byte[] expected)
      throws IOException {
    for (byte e : expected) {
      int b = in.read();
      if (b == -1) {
        return false;
      }
      prefix.write(b);
      if ((byte) b != e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Consumes {@code in} byte by byte up to its first byte that is neither whitespace nor part of a
   * leading byte-order mark, copying every consumed byte to {@code prefix}. Byte by byte, because a
   * buffered read on an interactive stream would wait for more input than the first record.
   *
   * @return that byte, or -1 at the end of the input
   */
  private static int firstSignificantByte(InputStream in, ByteArrayOutputStream prefix)
      throws IOException {
    int b;
    boolean inBom = true;
    while ((b = in.read()) != -1) {
      int position = prefix.size();
      prefix.write(b);
      inBom =
          inBom
              && (position == 0 && b == 0xEF
                  || position == 1 && b == 0xBB
                  || position == 2 && b == 0xBF);
      if (!inBom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
    }
    return -1;
  }

  private void error(String source, String message) {
    problems.accept(new InputProblem(Severity.ERROR, source, 0, message));
  }

  private void warning(String source, String message) {
    problems.accept(new InputProblem(Severity.WARNING, source, 0, message));
  }
}
