package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.eval.Evaluation;
import dev.neardup.io.EvaluationWriter;
import dev.neardup.io.GoldReader;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.SideInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
    new EvaluationWriter(output.format()).write(settings, evaluation, out);
    return inputs.exitCode(ExitCodes.OK);
  }
}
