package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.lsh.LshParams;
import dev.neardup.core.minhash.Sketch;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.io.InputRecord;
import dev.neardup.store.AddResult;
import dev.neardup.store.IndexMatcher;
import dev.neardup.store.IndexMatcher.Match;
import dev.neardup.store.NewArticle;
import dev.neardup.store.SqliteIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks a stream of articles against an index, batch by batch: each batch is fingerprinted in
 * parallel, then each article is looked up in input order. With {@code add}, each batch is then
 * indexed in one transaction, and an article is also checked against the earlier articles of its
 * own batch, so every article is compared with everything indexed before it whatever the batch
 * size; all scores are estimated from signatures, as for stored articles, except that with
 * {@code texts} (the original texts of indexed articles) a pair whose indexed text is at hand is
 * verified exactly ({@link IndexMatcher}).
 */
final class IndexQueryRun {
  private final SqliteIndex index;
  private final Settings settings;
  private final IndexMatcher matcher;
  private final ArticleInputs inputs;
  private final int threads;
  private final int batchSize;
  private final boolean add;
  private final boolean withTexts;
  private final List<Long> latencies = new ArrayList<>();
  private final List<Long> lookupNanos = new ArrayList<>();
  private AddResult added = AddResult.NONE;
  private long articles;
  private long duplicates;
  private long pairs;
  private long exactPairs;
  private boolean anyEstimated;

  /**
   * One input article's outcome.
   *
   * @param record  as read
   * @param sketch  its sketch
   * @param indexed whether its id was in the index before it was looked up (it is never its own match)
   * @param matches   the indexed articles it duplicates, best first
   * @param estimated whether any decision for it rested on estimated scores (see {@link IndexMatcher.Verdict})
   */
  record Result(InputRecord record, Sketch sketch, boolean indexed, List<Match> matches, boolean estimated) {}

  /**
   * @param texts the original texts of indexed articles for exact verification, or null (all estimated)
   */
  IndexQueryRun(SqliteIndex index, Settings settings, ArticleInputs inputs, int threads, int batchSize, boolean add,
      IndexMatcher.Texts texts) {
    if (batchSize < 1) {
      throw new UsageException("--batch-size must be at least 1: " + batchSize);
    }
    this.index = index;
    this.settings = settings;
    this.matcher = new IndexMatcher(index, settings.measure(), settings.threshold(), texts);
    this.withTexts = texts != null;
    this.inputs = inputs;
    this.threads = threads;
    this.batchSize = batchSize;
    this.add = add;
  }

  /** Reads every input and hands each article's result to {@code sink}, in input order. */
  void run(Consumer<Result> sink, Progress progress) {
    try (Fingerprints fingerprints = new Fingerprints(Fingerprinter.of(settings), threads)) {
      List<InputRecord> batch = new ArrayList<>();
      inputs.streamUnique(record -> {
        batch.add(record);
        if (batch.size() == batchSize) {
          runBatch(batch, fingerprints, sink, progress);
          batch.clear();
        }
      });
      runBatch(batch, fingerprints, sink, progress);
    }
  }

  private void runBatch(List<InputRecord> batch, Fingerprints fingerprints, Consumer<Result> sink, Progress progress) {
    if (batch.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(batch.size());
    for (InputRecord r : batch) {
      texts.add(r.article().text());
    }
    long[] nanos = new long[batch.size()];
    Fingerprint[] prints = fingerprints.of(texts, nanos);
    List<NewArticle> fresh = new ArrayList<>();
    BatchBands earlier = add ? new BatchBands(settings.lshParams()) : null;
    for (int i = 0; i < prints.length; i++) {
      InputRecord record = batch.get(i);
      progress.step();
      if (prints[i].isEmpty()) {
        inputs.noteEmpty(record.article().id());
        continue;
      }
      long t0 = System.nanoTime();
      Sketch sketch = prints[i].sketch(record.article().id());
      boolean indexed = index.contains(sketch.id());
      IndexMatcher.Verdict verdict = matcher.verdict(sketch, prints[i].shingles());
      List<Match> matches = verdict.matches();
      boolean estimated = verdict.estimated();
      if (earlier != null) {
        matches = new ArrayList<>(matches);
        for (Sketch other : earlier.candidates(sketch)) {
          Match m = matcher.score(sketch, prints[i].shingles(), other);
          if (m != null) {
            matches.add(m);
            estimated |= m.estimated();
          }
        }
        matches.sort(IndexMatcher.ORDER);
        if (!indexed) {
          earlier.add(sketch);
          fresh.add(new NewArticle(sketch, IndexAddCommand.source(record)));
        }
      }
      long lookup = System.nanoTime() - t0;
      lookupNanos.add(lookup);
      latencies.add(nanos[i] + lookup);
      articles++;
      if (!matches.isEmpty()) {
        duplicates++;
        pairs += matches.size();
        exactPairs += matches.stream().filter(m -> !m.estimated()).count();
      }
      anyEstimated |= estimated;
      sink.accept(new Result(record, sketch, indexed, matches, estimated));
    }
    if (add) {
      added = added.plus(index.addBatch(fresh, false));
    }
  }

  long articles() {
    return articles;
  }

  /** Articles with at least one match. */
  long duplicates() {
    return duplicates;
  }

  long pairs() {
    return pairs;
  }

  /** Pairs verified exactly on the original texts; the other {@link #pairs()} are estimated. */
  long exactPairs() {
    return exactPairs;
  }

  /** Whether any article's result rested on estimated scores (always without texts). */
  boolean anyEstimated() {
    return anyEstimated || !withTexts;
  }

  /** Whether the original texts of indexed articles were given ({@code --texts}). */
  boolean withTexts() {
    return withTexts;
  }

  /** How the scores were obtained, for summaries: estimated, or how many pairs were verified exactly. */
  String scoresNote() {
    if (!withTexts) {
      return "scores estimated from stored signatures";
    }
    return String.format(Locale.ROOT, "%,d verified exactly on the original texts, %,d estimated from stored"
        + " signatures", exactPairs, pairs - exactPairs);
  }

  AddResult added() {
    return added;
  }

  String rule() {
    return settings.measure().label() + " >= " + SettingsText.number(settings.threshold());
  }

  /** Per-article latency percentiles (fingerprint + index lookup + verification) and candidates. */
  String timings(long wallNanos) {
    long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] look = lookupNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return String.format(Locale.ROOT, "timings: %,d articles in %.2f s (%,.0f/s); per article (fingerprint + lookup +"
            + " verify) p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; lookup + verify alone p50 %.2f ms,"
            + " p95 %.2f ms; %.1f candidates per article",
        all.length, wallNanos / 1e9, all.length / Math.max(1e-9, wallNanos / 1e9), ms(all, 0.50), ms(all, 0.95),
        ms(all, 0.99), ms(all, 1.0), ms(look, 0.50), ms(look, 0.95),
        all.length == 0 ? 0.0 : (double) matcher.candidatesSeen() / all.length);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** The band keys of the articles of the current batch, for matching later ones against them. */
  private static final class BatchBands {
    private final LshParams lsh;
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    private final List<Sketch> sketches = new ArrayList<>();

    BatchBands(LshParams lsh) {
      this.lsh = lsh;
      for (int b = 0; b < lsh.bands(); b++) {
        bands.add(new HashMap<>());
      }
    }

    void add(Sketch sketch) {
      long[] keys = lsh.bandKeys(sketch.signature());
      for (int b = 0; b < keys.length; b++) {
        bands.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>()).add(sketches.size());
      }
      sketches.add(sketch);
    }

    List<Sketch> candidates(Sketch sketch) {
      long[] keys = lsh.bandKeys(sketch.signature());
      boolean[] seen = new boolean[sketches.size()];
      for (int b = 0; b < keys.length; b++) {
        for (int n : bands.get(b).getOrDefault(keys[b], List.of())) {
          seen[n] = true;
        }
      }
      List<Sketch> out = new ArrayList<>();
      for (int n = 0; n < seen.length; n++) {
        if (seen[n]) {
          out.add(sketches.get(n));
        }
      }
      return out;
    }
  }

  static String plural(long n, String word) {
    return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
  }
}
