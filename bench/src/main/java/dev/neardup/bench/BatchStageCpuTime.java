package dev.neardup.bench;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.lsh.CandidateFinder;
import dev.neardup.core.lsh.PartnerCap;
import dev.neardup.core.minhash.Signature;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.io.ArticleReader;
import dev.neardup.io.InputFormat;
import dev.neardup.io.InputOptions;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread CPU time of the batch pipeline's per-article stages on one thread, with the candidate
 * search and the verification apart (which {@link PipelineStageCpuTime} times as one): fingerprint
 * the articles (read once, before the rounds); {@code Pipeline.verify}, both stages; then the kept
 * pairs found again through the public API (the same bands, screen and partner cap, counting the
 * pairs the bands yield) and verified alone: the candidate search is the difference. CPU time of
 * this thread, which a shared machine disturbs much less than wall time.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.neardup.bench.BatchStageCpuTime ROUNDS FILE.jsonl
 * </pre>
 */
public final class BatchStageCpuTime {
  private BatchStageCpuTime() {}

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    Settings settings = Settings.DEFAULTS;
    Pipeline pipeline = new Pipeline(1);
    InputOptions options =
        new InputOptions(InputFormat.AUTO, "id", "text", null, 64L << 20, "date");
    List<Article> articles =
        new ArticleReader(options, InputStream::nullInputStream, problem -> {})
            .readAll(List.of(args[1]));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      Pipeline.Corpus corpus = pipeline.fingerprint(articles, settings);
      List<Fingerprint> prints = corpus.fingerprints();
      long t1 = cpu.getCurrentThreadCpuTime();
      int found =
          pipeline
              .verify(corpus, settings.lshParams(), settings.threshold(), settings.measure())
              .size();
      long t1b = cpu.getCurrentThreadCpuTime();
      LongAdder yielded = new LongAdder();
      long[] kept = candidates(prints, settings.threshold(), settings, yielded);
      long t2 = cpu.getCurrentThreadCpuTime();
      int verified = 0;
      for (long pair : kept) {
        Fingerprint a = prints.get((int) (pair >>> 32));
        Fingerprint b = prints.get((int) pair);
        verified +=
            Pipeline.verifyCandidate(a, b, settings.threshold(), settings.measure()) != null
                ? 1
                : 0;
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          Locale.ROOT,
          "round %d: %d articles, CPU s fingerprint %.2f candidates %.2f (%d pairs yielded, %d"
              + " kept) verification %.2f (%d verified; both %.2f, %d; public API %.2f)%n",
          round,
          prints.size(),
          (t1 - t0) / 1e9,
          (t1b - t1 - (t3 - t2)) / 1e9,
          yielded.sum(),
          kept.length,
          (t3 - t2) / 1e9,
          verified,
          (t1b - t1) / 1e9,
          found,
          (t2 - t1b) / 1e9);
    }
  }

  /** The candidates as {@code Pipeline} finds them: whole and lead signatures, screen, cap. */
  private static long[] candidates(
      List<Fingerprint> prints, double level, Settings settings, LongAdder yielded) {
    PartnerCap cap = new PartnerCap(prints.size(), PartnerCap.DEFAULT_LIMIT);
    CandidateFinder.PairSink screen =
        (a, b) -> {
          yielded.increment();
          Fingerprint x = prints.get(a);
          Fingerprint y = prints.get(b);
          float estimate =
              Pipeline.screenedEstimate(
                  x.signature(), x.signedCount(), y.signature(), y.signedCount(), level);
          if (estimate >= 0) {
            cap.offer(a, b, estimate);
          }
        };
    Signature[] whole = prints.stream().map(Fingerprint::signature).toArray(Signature[]::new);
    new CandidateFinder(settings.lshParams()).forEachPair(whole, 1, screen);
    Signature[] leads = prints.stream().map(Fingerprint::lead).toArray(Signature[]::new);
    new CandidateFinder(Pipeline.LEAD_LSH).forEachPair(leads, 1, screen);
    return cap.keptPairs();
  }
}
