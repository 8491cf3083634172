package dev.neardup.bench;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.extract.ArticleExtractor;
import dev.neardup.extract.ExtractedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Per-page cost of reading a web page in thread CPU time, on the 97 shared pages of {@code
 * ../shared/corpora/article-extraction/html/}: jsoup's parse, the article extraction of a parsed
 * page, and the fingerprint of the extracted article, each over all pages in turn, once per round.
 * On a machine shared with other work, wall-clock JMH figures swing with the load; the CPU time
 * this thread was given swings much less, so this is the figure to compare builds by (run the same
 * class with another build's classes on the class path, in turn).
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.neardup.bench.ExtractionCpuTime [ROUNDS] [SHARED_DIR]
 * </pre>
 */
public final class ExtractionCpuTime {
  private ExtractionCpuTime() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    Path dir = Path.of(args.length > 1 ? args[1] : "../shared", "corpora/article-extraction/html");
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    ArticleExtractor extractor = new ArticleExtractor();
    Fingerprinter fingerprinter = Fingerprinter.of(Settings.DEFAULTS);
    List<Document> parsed = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    long bytes = 0;
    for (byte[] page : pages) {
      Document doc = parse(page);
      parsed.add(doc);
      ExtractedArticle a = extractor.extract(doc);
      articles.add(a.title() + "\n\n" + a.text());
      bytes += page.length;
    }
    System.out.printf(Locale.ROOT, "%d pages, mean %d bytes%n", pages.size(), bytes / pages.size());
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 1; round <= rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (byte[] page : pages) {
        sink += parse(page).childNodeSize();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (Document doc : parsed) {
        sink += extractor.extract(doc).text().length();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (String article : articles) {
        sink += fingerprinter.fingerprint(article).hashCode();
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      double n = pages.size() * 1e6;
      System.out.printf(
          Locale.ROOT,
          "round %d: CPU ms/page parse %.3f extract %.3f fingerprint %.3f%n",
          round,
          (t1 - t0) / n,
          (t2 - t1) / n,
          (t3 - t2) / n);
    }
    System.out.println("(checksum " + sink + ")");
  }

  private static Document parse(byte[] page) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(page), null, "");
  }
}
