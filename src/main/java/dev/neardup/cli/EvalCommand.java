package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.eval.Evaluation;
import dev.neardup.eval.MetricScores;
import dev.neardup.io.GoldReader;
import dev.neardup.io.JsonOutput;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.SideInputException;
import dev.neardup.io.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup eval}: clusters the input and scores the result against gold labels. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Clusters the input with the given options and scores it against gold labels:"
            + " pair precision/recall/F1, B-cubed and adjusted Rand index, plus the worst errors.",
    footer = {
      "",
      "GOLD is JSON Lines: {\"id\": ..., \"cluster\": ...} per article.",
      "",
      "Examples:",
      "  neardup eval --gold dev/gold.jsonl dev/articles.jsonl",
      "  neardup eval --gold gold.jsonl --measure jaccard --threshold 0.5 --output json articles/"
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD",
      description = "Gold labels (JSON Lines).")
  Path gold;

  @Mixin OutputOption output = new OutputOption(OutputFormat.TEXT, OutputFormat.JSON);

  @Option(
      names = "--examples",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many false merges and misses to show. Default: ${DEFAULT-VALUE}.")
  int examples;

  @Override
  public Integer call() throws Exception {
    Settings settings = matching.settings();
    Map<String, String> labels = GoldReader.read(gold);
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    List<Article> articles = inputs.guardingHeap(true).readAll();
    Pipeline pipeline = new Pipeline(matching.threads());
    Pipeline.Corpus corpus = pipeline.fingerprint(articles, settings);
    Pipeline.Clustering clustering = pipeline.run(corpus, settings);
    Evaluation evaluation;
    try {
      evaluation = Evaluation.of(corpus, clustering, labels, settings.measure(), examples);
    } catch (IllegalArgumentException e) {
      // Articles the gold file does not label: the file does not fit the inputs.
      throw new SideInputException(gold + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.format() == OutputFormat.JSON) {
      out.println(JsonOutput.line(toJson(settings, evaluation)));
    } else {
      printText(out, settings, evaluation);
    }
    return inputs.exitCode(ExitCodes.OK);
  }

  private static Map<String, Object> toJson(Settings settings, Evaluation e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("settings", SettingsText.asMap(settings));
    json.put("scores", e.scores());
    json.put("false_merges", e.falseMerges().stream().map(EvalCommand::errorJson).toList());
    json.put("misses", e.misses().stream().map(EvalCommand::errorJson).toList());
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
