package dev.neardup.bench;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.extract.ArticleExtractor;
import dev.neardup.extract.ExtractedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of reading a web page, per page, on the 97 real pages of {@code
 * ../shared/corpora/article-extraction/html/} (read in place, decompressed in set-up): jsoup parse
 * plus article extraction from the page's bytes, against fingerprinting the extracted article with
 * the default settings, the per-article part of the rest of the pipeline. One op is one page, the
 * pages taken in turn, so µs/op is the mean over the set ({@link #parseOnly} and {@link
 * #extractOnly} split {@link #parseAndExtract} in its two parts); MB/s is {@link #meanBytes} over
 * it (printed at set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBench {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Fingerprinter fingerprinter = Fingerprinter.of(Settings.DEFAULTS);
  private final List<byte[]> pages = new ArrayList<>();
  private final List<String> articles = new ArrayList<>();
  private final List<Document> parsed = new ArrayList<>();
  private int next;

  /** Mean page size in bytes. */
  public long meanBytes;

  @Setup
  public void setUp() throws IOException {
    Path dir =
        Path.of(
            System.getProperty("neardup.shared", "../shared"), "corpora/article-extraction/html");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is absent: the benchmark needs the shared pages");
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    long total = 0;
    for (byte[] page : pages) {
      total += page.length;
      ExtractedArticle a = extract(page);
      parsed.add(parse(page));
      articles.add(a.title() + "\n\n" + a.text());
    }
    meanBytes = total / pages.size();
    System.out.println("pages: " + pages.size() + ", mean " + meanBytes + " bytes");
  }

  private ExtractedArticle extract(byte[] page) {
    return extractor.extract(parse(page));
  }

  private static Document parse(byte[] page) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(page), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parse and extract one page from its bytes (charset detection included). */
  @Benchmark
  public ExtractedArticle parseAndExtract() {
    byte[] page = pages.get(next);
    next = (next + 1) % pages.size();
    return extract(page);
  }

  /** Parse one page from its bytes (charset detection included), the part jsoup does. */
  @Benchmark
  public Document parseOnly() {
    byte[] page = pages.get(next);
    next = (next + 1) % pages.size();
    return parse(page);
  }

  /** Extract the article of one parsed page (the extractor leaves the page as it was). */
  @Benchmark
  public ExtractedArticle extractOnly() {
    Document page = parsed.get(next);
    next = (next + 1) % parsed.size();
    return extractor.extract(page);
  }

  /** Fingerprint one extracted article with the default settings. */
  @Benchmark
  public Fingerprint fingerprintExtracted() {
    String article = articles.get(next);
    next = (next + 1) % articles.size();
    return fingerprinter.fingerprint(article);
  }
}
