package dev.neardup.cli;

import dev.neardup.core.Settings;
import dev.neardup.core.verify.ScoredPair;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.PairWriter;
import dev.neardup.io.SettingsText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup pairs}: every verified duplicate pair with its scores. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Prints every verified duplicate pair with its scores: Jaccard, containment (both ways), "
            + "exact from the shingle sets and estimated from the MinHash signatures.",
    footer = {
      "",
      "A pair is printed when its exact score under --measure reaches --min-score (default: the"
          + " --threshold, i.e. exactly the pairs cluster links). Pairs are sorted by the ids of A, then B (A < B).",
      "",
      "Examples:",
      "  neardup pairs samples/",
      "  neardup pairs --output csv --min-score 0.2 batch.jsonl > pairs.csv",
      "  cat batch.jsonl | neardup pairs | jq -r 'select(.jaccard < 0.5) | [.a, .b] | @tsv'"
    })
final class PairsCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Mixin
  OutputOption output = new OutputOption(OutputFormat.JSONL, OutputFormat.CSV, OutputFormat.TEXT);

  @Option(
      names = "--min-score",
      paramLabel = "X",
      description =
          "Print pairs scoring at least X under --measure, in [0, 1]. Default: the --threshold.")
  Double minScore;

  @Override
  public Integer call() {
    Settings settings = matching.settings();
    double min = minScore != null ? minScore : settings.threshold();
    if (!(min >= 0 && min <= 1)) {
      throw new UsageException("--min-score must be in [0, 1]: " + min);
    }
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    BatchRun run = BatchRun.of(inputs.guardingHeap(true).readAll(), settings, matching.threads());
    run.noteEmpty(inputs);
    List<ScoredPair> shown =
        run.verified().stream().filter(p -> settings.measure().score(p.scores()) >= min).toList();
    new PairWriter(output.format(), settings.measure())
        .write(run.rows(shown), spec.commandLine().getOut());
    inputs.note(
        shown.size()
            + " pair"
            + (shown.size() == 1 ? "" : "s")
            + " with "
            + settings.measure().label()
            + " >= "
            + SettingsText.number(min)
            + " among "
            + run.corpus().size()
            + " articles ("
            + run.verified().size()
            + " LSH candidates verified)");
    return inputs.exitCode(ExitCodes.OK);
  }
}
