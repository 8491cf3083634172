package dev.neardup.io;

import dev.neardup.core.Settings;
import dev.neardup.eval.Evaluation;
import dev.neardup.eval.MetricScores;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a clustering's scores against gold labels ({@code eval}): as text, the settings as
 * options, the pair, B-cubed and adjusted Rand figures and the worst errors with their scores; or
 * as one line of JSON with the same content. Ids are made safe for a terminal in text.
 */
public final class EvaluationWriter {
  private final OutputFormat format;

  /**
   * @param format {@link OutputFormat#TEXT} or {@link OutputFormat#JSON}
   */
  public EvaluationWriter(OutputFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** Writes {@code e}, the result of clustering with {@code settings}. */
  public void write(Settings settings, Evaluation e, PrintWriter out) {
    if (format == OutputFormat.JSON) {
      out.println(JsonOutput.line(toJson(settings, e)));
    } else {
      printText(out, settings, e);
    }
  }

  private static Map<String, Object> toJson(Settings settings, Evaluation e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("settings", SettingsText.asMap(settings));
    json.put("scores", e.scores());
    json.put("false_merges", e.falseMerges().stream().map(EvaluationWriter::errorJson).toList());
    json.put("misses", e.misses().stream().map(EvaluationWriter::errorJson).toList());
    return json;
  }

  private static Map<String, Object> errorJson(Evaluation.PairError p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("a", p.a());
    json.put("b", p.b());
    json.put("score", p.score());
    json.put("jaccard", p.scores().jaccard());
    json.put("containment", p.scores().containment());
    return json;
  }

  private static void printText(PrintWriter out, Settings settings, Evaluation e) {
    MetricScores s = e.scores();
    out.println("settings: " + SettingsText.commandLine(settings));
    out.printf(Locale.ROOT, "articles: %d%n", s.articles());
    out.printf(
        Locale.ROOT,
        "pairs:    precision %.4f  recall %.4f  F1 %.4f  (TP %d, FP %d, FN %d)%n",
        s.pairPrecision(),
        s.pairRecall(),
        s.pairF1(),
        s.truePositivePairs(),
        s.falsePositivePairs(),
        s.falseNegativePairs());
    out.printf(
        Locale.ROOT,
        "B-cubed:  precision %.4f  recall %.4f  F1 %.4f%n",
        s.bcubedPrecision(),
        s.bcubedRecall(),
        s.bcubedF1());
    out.printf(Locale.ROOT, "ARI:      %.4f%n", s.adjustedRand());
    printErrors(out, "worst false merges (member, representative)", e.falseMerges());
    printErrors(out, "worst misses (same story, different clusters)", e.misses());
  }

  private static void printErrors(
      PrintWriter out, String title, List<Evaluation.PairError> errors) {
    out.println();
    out.println(title + ": " + (errors.isEmpty() ? "none" : ""));
    for (Evaluation.PairError p : errors) {
      out.printf(
          Locale.ROOT,
          "  %s  %s  score %.3f  jaccard %.3f  containment %.3f%n",
          TerminalText.cell(p.a()),
          TerminalText.cell(p.b()),
          p.score(),
          p.scores().jaccard(),
          p.scores().containment());
    }
  }
}
