package dev.neardup.cli;

import dev.neardup.io.TerminalText;
import dev.neardup.store.IndexMatcher.Match;
import dev.neardup.store.SqliteIndex;
import dev.neardup.io.OutputFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neardup check --against FILE}: the CI gate against an index. Fails (exit 1) when more
 * than {@code --allow} pairs (batch article, indexed article) are duplicates, by scores estimated
 * from the stored signatures, or exact for the indexed articles whose texts are given ({@code
 * --texts}). Pairs within the batch are not looked at (plain {@code check} does
 * that). Exit codes as {@code check}, plus 75 when the index stayed locked.
 */
final class IndexCheck {
  private static final int LISTED_PAIRS = 10;

  private IndexCheck() {}

  /** A batch article and an indexed article it duplicates. */
  private record Pair(String id, Match match) {}

  static int run(Path file, double busySeconds, List<String> texts, InputOptions input, MatchingOptions matching,
      CommandSpec spec, NeardupCommand root, int allow, OutputFile report) {
    if (allow < 0) {
      throw new UsageException("--allow must not be negative: " + allow);
    }
    PrintWriter err = spec.commandLine().getErr();
    IndexOpening.Opened opened = IndexOpening.open(file, matching, spec, false, busySeconds);
    ArticleInputs inputs = new ArticleInputs(input, root, err);
    List<Pair> pairs = new ArrayList<>();
    IndexQueryRun run;
    long held;
    try (SqliteIndex index = opened.index()) {
      IndexedTexts known = texts.isEmpty() ? null
          : IndexedTexts.read(texts, input.inputsOrStdin(), inputs, index, opened.settings());
      try (Progress progress = Progress.start(err, "articles checked", input.quiet)) {
        inputs.showing(progress);
        run = new IndexQueryRun(index, opened.settings(), inputs, matching.threads, 1000, false, known);
        run.run(r -> {
          for (Match m : r.matches()) {
            pairs.add(new Pair(r.sketch().id(), m));
          }
        }, progress);
      }
      held = index.stats().articles();
    }
    boolean duplicates = pairs.size() > allow;
    int code = inputs.exitCode(duplicates ? ExitCodes.DUPLICATES_FOUND : ExitCodes.OK);
    String measure = opened.settings().measure().label();
    if (!input.quiet) {
      String counts = pairs.isEmpty()
          ? String.format(Locale.ROOT, "none of %,d articles duplicates any of the %,d articles of %s (%s; %s)",
              run.articles(), held, file, run.rule(), run.withTexts() ? "scores exact where --texts held the indexed text" : run.scoresNote())
          : String.format(Locale.ROOT, "%s: %,d of %,d articles duplicate articles of %s (%s; %s)",
              IndexQueryRun.plural(pairs.size(), "duplicate pair"), run.duplicates(), run.articles(), file,
              run.rule(), run.scoresNote());
      err.println("neardup check: " + (duplicates ? "FAIL: " : "OK: ") + TerminalText.escape(counts)
          + (allow > 0 ? ", " + allow + " allowed" : ""));
      for (int i = 0; i < Math.min(LISTED_PAIRS, pairs.size()); i++) {
        Pair p = pairs.get(i);
        err.printf(Locale.ROOT, "  %s ~ %s (indexed)  %s %.4f (%s)%n", TerminalText.cell(p.id()), TerminalText.cell(p.match().id()), measure,
            p.match().score(), p.match().estimated() ? "estimated" : "exact");
      }
      if (pairs.size() > LISTED_PAIRS) {
        err.println("  ... and " + (pairs.size() - LISTED_PAIRS) + " more" + (report == null ? " (see --report)" : ""));
      }
      if (code == ExitCodes.INPUT_ERRORS) {
        err.println("neardup check: some inputs could not be read (exit 3)");
      }
    }
    if (report != null) {
      writeReport(report, file, opened, run, held, pairs, allow, duplicates, code);
    }
    return code;
  }

  private static void writeReport(OutputFile report, Path file, IndexOpening.Opened opened, IndexQueryRun run, long held,
      List<Pair> pairs, int allow, boolean duplicates, int code) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles", run.articles());
    counts.put("indexed_articles", held);
    counts.put("duplicate_articles", run.duplicates());
    counts.put("duplicate_pairs", pairs.size());
    counts.put("exact_pairs", run.exactPairs());
    counts.put("allowed_pairs", allow);
    String measure = opened.settings().measure().label();
    CheckReport.write(report, duplicates, code, g -> {
      g.writeStringField("against", file.toString());
      g.writeBooleanField("estimated", run.anyEstimated());
      g.writeObjectField("counts", counts);
      g.writeObjectField("settings", SettingsText.asMap(opened.settings()));
      g.writeArrayFieldStart("pairs");
      for (Pair p : pairs) {
        g.writeStartObject();
        g.writeStringField("a", p.id());
        g.writeStringField("b", p.match().id());
        QueryCommand.writeScores(g, measure, p.match());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
