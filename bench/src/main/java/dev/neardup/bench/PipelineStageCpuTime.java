package dev.neardup.bench;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.ScoredPair;
import dev.neardup.io.ArticleReader;
import dev.neardup.io.ClusterWriter;
import dev.neardup.io.InputFormat;
import dev.neardup.io.InputOptions;
import dev.neardup.io.OutputFormat;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Per-page thread CPU time of each stage of {@code neardup cluster} on web pages, run in this
 * thread with one worker ({@code --threads 1} runs every stage on the calling thread): reading
 * (files, gzip, WARC records, jsoup's parse, article extraction, the page's address and time),
 * fingerprinting (normalise, shingle, MinHash), LSH candidates with their verification, clustering,
 * and writing the clusters as JSON Lines (to nowhere). The same inputs are run once per round; the
 * first rounds are the JIT's, so compare the later ones. This is how the "extraction costs
 * less than the rest of the pipeline per page" is measured: reading against the sum of the other
 * stages, both as CPU time this thread was given, which a shared machine disturbs much less than
 * wall time.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.neardup.bench.PipelineStageCpuTime ROUNDS INPUT...
 * </pre>
 */
public final class PipelineStageCpuTime {
  private PipelineStageCpuTime() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    List<String> inputs = Arrays.asList(args).subList(1, args.length);
    Settings settings = Settings.DEFAULTS;
    Pipeline pipeline = new Pipeline(1);
    InputOptions options =
        new InputOptions(InputFormat.AUTO, "id", "text", null, 64L << 20, "date");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 1; round <= rounds; round++) {
      ArticleReader reader =
          new ArticleReader(options, InputStream::nullInputStream, problem -> {});
      long t0 = cpu.getCurrentThreadCpuTime();
      List<Article> articles = reader.readAll(inputs);
      long t1 = cpu.getCurrentThreadCpuTime();
      Pipeline.Corpus corpus = pipeline.fingerprint(articles, settings);
      long t2 = cpu.getCurrentThreadCpuTime();
      List<ScoredPair> verified =
          pipeline.verify(corpus, settings.lshParams(), settings.threshold(), settings.measure());
      long t3 = cpu.getCurrentThreadCpuTime();
      Pipeline.Clustering result = pipeline.cluster(corpus, verified, settings);
      long t4 = cpu.getCurrentThreadCpuTime();
      List<Cluster> shown = result.clusters().stream().filter(c -> c.size() > 1).toList();
      new ClusterWriter(OutputFormat.JSONL, settings.measure()).write(shown, Writer.nullWriter());
      long t5 = cpu.getCurrentThreadCpuTime();
      sink += shown.size() + verified.size();
      double n = articles.size() * 1e6;
      System.out.printf(
          Locale.ROOT,
          "round %d: %d pages, CPU ms/page read+extract %.3f | fingerprint %.3f lsh+verify %.3f"
              + " cluster %.3f output %.3f rest %.3f%n",
          round,
          articles.size(),
          (t1 - t0) / n,
          (t2 - t1) / n,
          (t3 - t2) / n,
          (t4 - t3) / n,
          (t5 - t4) / n,
          (t5 - t1) / n);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
