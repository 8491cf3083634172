package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.io.InputRecord;
import dev.neardup.io.SettingsText;
import dev.neardup.query.IndexQuery;
import dev.neardup.query.IndexedTexts;
import dev.neardup.store.SqliteIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The cli side of {@code query} and {@code check --against}, which share it: opens the index the
 * options name, reads {@code --texts}, reads the inputs batch by batch, fingerprints each batch in
 * parallel and hands it to {@link IndexQuery}, the use case; it also words the summaries.
 */
final class IndexQueryRun {
  private final CommandSpec spec;
  private final NeardupCommand root;
  private final ArticleInputOptions input;
  private final MatchingOptions matching;

  /**
   * What a finished run leaves for the summary.
   *
   * @param query the use case, with its counts
   * @param settings the settings matched with (the index's)
   * @param inputs the inputs read, for notes and the exit code
   * @param held articles in the index at the end
   */
  record Outcome(IndexQuery query, Settings settings, ArticleInputs inputs, long held) {
    String rule() {
      return settings.measure().label() + " >= " + SettingsText.number(settings.threshold());
    }

    /** How the scores were obtained: estimated, or how many pairs were verified exactly. */
    String scoresNote() {
      if (!query.withTexts()) {
        return "scores estimated from stored signatures";
      }
      return String.format(
          Locale.ROOT,
          "%,d verified exactly on the original texts, %,d estimated from stored" + " signatures",
          query.exactPairs(),
          query.pairs() - query.exactPairs());
    }

    /**
     * Per-article latency percentiles (fingerprint + index lookup + verification) and candidates.
     */
    String timings(long wallNanos) {
      long[] all = query.latencies();
      long[] look = query.lookupNanos();
      Arrays.sort(all);
      Arrays.sort(look);
      return String.format(
          Locale.ROOT,
          "timings: %,d articles in %.2f s (%,.0f/s); per article (fingerprint +"
              + " lookup + verify) p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; lookup + verify alone p50"
              + " %.2f ms, p95 %.2f ms; %.1f candidates per article",
          all.length,
          wallNanos / 1e9,
          all.length / Math.max(1e-9, wallNanos / 1e9),
          ms(all, 0.50),
          ms(all, 0.95),
          ms(all, 0.99),
          ms(all, 1.0),
          ms(look, 0.50),
          ms(look, 0.95),
          all.length == 0 ? 0.0 : (double) query.candidatesSeen() / all.length);
    }
  }

  IndexQueryRun(
      CommandSpec spec, NeardupCommand root, ArticleInputOptions input, MatchingOptions matching) {
    this.spec = spec;
    this.root = root;
    this.input = input;
    this.matching = matching;
  }

  /**
   * Opens {@code file} (created with {@code add} when missing), reads {@code texts}, then looks up
   * every input article, in input order, handing its result to the sink that {@code sinks} makes
   * from the settings matched with (called once the index is open, before any input is read).
   */
  Outcome run(
      Path file,
      double busySeconds,
      boolean add,
      List<String> texts,
      int batchSize,
      String progressLabel,
      Function<Settings, Consumer<IndexQuery.Result>> sinks) {
    PrintWriter err = spec.commandLine().getErr();
    IndexOpening.Opened opened = IndexOpening.open(file, matching, spec, add, busySeconds);
    // Results are written as they are decided; a run reading a slow pipe passes them on before it
    // waits.
    ArticleInputs inputs =
        new ArticleInputs(
            input, () -> new FlushBeforeBlocking(root.stdin(), spec.commandLine().getOut()), err);
    root.refuseStdoutOnto(input.inputs);
    Settings settings = opened.settings();
    try (SqliteIndex index = opened.index()) {
      IndexedTexts known = texts.isEmpty() ? null : readTexts(texts, inputs, index, settings);
      if (batchSize < 1) {
        throw new UsageException("--batch-size must be at least 1: " + batchSize);
      }
      IndexQuery query = new IndexQuery(index, settings, known, add);
      try (Progress progress = Progress.start(err, progressLabel, input.quiet);
          Fingerprints fingerprints =
              new Fingerprints(Fingerprinter.of(settings), matching.threads())) {
        inputs.showing(progress);
        Consumer<IndexQuery.Result> sink = sinks.apply(settings);
        List<InputRecord> batch = new ArrayList<>();
        inputs.streamUnique(
            record -> {
              batch.add(record);
              if (batch.size() == batchSize) {
                lookUp(batch, fingerprints, query, inputs, progress, sink);
                batch.clear();
              }
            });
        lookUp(batch, fingerprints, query, inputs, progress, sink);
      }
      return new Outcome(query, settings, inputs, index.stats().articles());
    }
  }

  /**
   * Fingerprints the batch and looks up its articles with words; those without are noted and
   * skipped.
   */
  private static void lookUp(
      List<InputRecord> batch,
      Fingerprints fingerprints,
      IndexQuery query,
      ArticleInputs inputs,
      Progress progress,
      Consumer<IndexQuery.Result> sink) {
    if (batch.isEmpty()) {
      return;
    }
    List<IndexQuery.Entry> entries = new ArrayList<>(batch.size());
    for (Fingerprints.Printed p : fingerprints.ofRecords(batch, inputs, progress::step)) {
      entries.add(
          new IndexQuery.Entry(
              p.record().article().id(),
              p.fingerprint(),
              IndexAddCommand.source(p.record()),
              p.nanos()));
    }
    query.lookUp(entries, sink);
  }

  /**
   * Reads {@code sources} with the inputs' reader and options, keeping the texts of indexed ids.
   * Reading problems are reported, and count towards exit 3, like those of the inputs.
   *
   * @throws UsageException (exit 2) when both the texts and the inputs would be standard input
   */
  private IndexedTexts readTexts(
      List<String> sources, ArticleInputs inputs, SqliteIndex index, Settings settings) {
    if (sources.contains("-") && input.inputsOrStdin().contains("-")) {
      throw new UsageException("--texts and the inputs cannot both be standard input (-)");
    }
    Map<String, String> texts = new HashMap<>();
    long[] read = new long[1];
    inputs.streamUnique(
        sources,
        record -> {
          read[0]++;
          if (index.contains(record.article().id())) {
            texts.put(record.article().id(), record.article().text());
          }
        });
    inputs.note(
        String.format(
            Locale.ROOT,
            "texts: %s read: %,d kept for exact verification (id indexed), %,d"
                + " dropped (id not in the index)",
            plural(read[0], "text"),
            texts.size(),
            read[0] - texts.size()));
    return new IndexedTexts(texts, settings, inputs::note);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static String plural(long n, String word) {
    return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
  }
}
