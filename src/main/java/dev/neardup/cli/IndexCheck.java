package dev.neardup.cli;

import dev.neardup.io.CheckReport;
import dev.neardup.io.MatchWriter;
import dev.neardup.io.OutputFile;
import dev.neardup.io.SettingsText;
import dev.neardup.io.TerminalText;
import dev.neardup.query.IndexQuery;
import dev.neardup.store.IndexMatcher.Match;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neardup check --against FILE}: the CI gate against an index. Fails (exit 1) when more than
 * {@code --allow} pairs (batch article, indexed article) are duplicates, by scores estimated from
 * the stored signatures, or exact for the indexed articles whose texts are given ({@code --texts}).
 * Pairs within the batch are not looked at (plain {@code check} does that). Exit codes as {@code
 * check}, plus 75 when the index stayed locked.
 */
final class IndexCheck {
  /** Articles fingerprinted together. */
  private static final int BATCH_SIZE = 1000;

  private IndexCheck() {}

  /** A batch article and an indexed article it duplicates. */
  private record Pair(String id, Match match) {
    /** The pair as the summary lists it. */
    String line(String measure) {
      return String.format(
          Locale.ROOT,
          "  %s ~ %s (indexed)  %s %.4f (%s)",
          TerminalText.cell(id),
          TerminalText.cell(match.id()),
          measure,
          match.score(),
          match.estimated() ? "estimated" : "exact");
    }
  }

  static int run(
      Path file,
      double busySeconds,
      List<String> texts,
      ArticleInputOptions input,
      MatchingOptions matching,
      CommandSpec spec,
      NeardupCommand root,
      int allow,
      OutputFile report) {
    if (allow < 0) {
      throw new UsageException("--allow must not be negative: " + allow);
    }
    List<Pair> pairs = new ArrayList<>();
    IndexQueryRun.Outcome run =
        new IndexQueryRun(spec, root, input, matching)
            .run(
                file,
                busySeconds,
                false,
                texts,
                BATCH_SIZE,
                "articles checked",
                settings ->
                    r -> {
                      for (Match m : r.matches()) {
                        pairs.add(new Pair(r.sketch().id(), m));
                      }
                    });
    IndexQuery q = run.query();
    boolean duplicates = pairs.size() > allow;
    int code = run.inputs().exitCode(duplicates ? ExitCodes.DUPLICATES_FOUND : ExitCodes.OK);
    String measure = run.settings().measure().label();
    if (!input.quiet) {
      String counts = counts(file, run, pairs);
      CheckSummary.print(
          spec.commandLine().getErr(),
          duplicates,
          counts,
          allow,
          pairs,
          p -> p.line(measure),
          report != null,
          code);
    }
    if (report != null) {
      writeReport(report, file, run, pairs, allow, duplicates, code);
    }
    return code;
  }

  /** The summary's first line: how many articles duplicate indexed ones, by which rule. */
  private static String counts(Path file, IndexQueryRun.Outcome run, List<Pair> pairs) {
    IndexQuery q = run.query();
    return pairs.isEmpty()
        ? String.format(
            Locale.ROOT,
            "none of %,d articles duplicates any of the %,d articles of %s (%s; %s)",
            q.articles(),
            run.held(),
            file,
            run.rule(),
            q.withTexts() ? "scores exact where --texts held the indexed text" : run.scoresNote())
        : String.format(
            Locale.ROOT,
            "%s: %,d of %,d articles duplicate articles of %s (%s; %s)",
            IndexQueryRun.plural(pairs.size(), "duplicate pair"),
            q.duplicates(),
            q.articles(),
            file,
            run.rule(),
            run.scoresNote());
  }

  private static void writeReport(
      OutputFile report,
      Path file,
      IndexQueryRun.Outcome run,
      List<Pair> pairs,
      int allow,
      boolean duplicates,
      int code) {
    IndexQuery q = run.query();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles", q.articles());
    counts.put("indexed_articles", run.held());
    counts.put("duplicate_articles", q.duplicates());
    counts.put("duplicate_pairs", pairs.size());
    counts.put("exact_pairs", q.exactPairs());
    counts.put("allowed_pairs", allow);
    String measure = run.settings().measure().label();
    CheckReport.write(
        report,
        VersionProvider.version(),
        duplicates,
        code,
        g -> {
          g.writeStringField("against", file.toString());
          g.writeBooleanField("estimated", q.anyEstimated());
          g.writeObjectField("counts", counts);
          g.writeObjectField("settings", SettingsText.asMap(run.settings()));
          g.writeArrayFieldStart("pairs");
          for (Pair p : pairs) {
            g.writeStartObject();
            g.writeStringField("a", p.id());
            g.writeStringField("b", p.match().id());
            MatchWriter.writeScores(g, measure, p.match());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }
}
