package dev.neardup.cli;

import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Linkage;
import dev.neardup.core.shingle.ShingleLabel;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Measure;
import dev.neardup.eval.MetricScores;
import dev.neardup.eval.ParameterSweep;
import dev.neardup.io.GoldReader;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.SettingsText;
import dev.neardup.io.SideInputException;
import dev.neardup.io.SweepTableWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup tune}: sweeps settings against gold labels and recommends the best. */
@Command(
    name = "tune",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Sweeps shingling, permutations, measure, threshold and linkage against gold labels,"
            + " prints the best settings and recommends the one with the best pair F1 at the minimum precision."
            + " With several --set, each set is swept and a setting is judged by its worst set.",
    footer = {
      "",
      "Each shingling × permutation count is fingerprinted once and each banding verified once;"
          + " thresholds and linkages only re-cluster, so large grids are cheap.",
      "",
      "Examples:",
      "  neardup tune --gold dev/gold.jsonl dev/articles.jsonl",
      "  neardup tune --gold gold.jsonl --shingles word:4,word:5 --thresholds 0.2,0.3,0.4 articles/",
      "  neardup tune --set wire/gold.jsonl=wire/articles.jsonl --set web/gold.jsonl=web/articles.jsonl"
    })
final class TuneCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;

  @Option(
      names = "--gold",
      paramLabel = "GOLD",
      description = "Gold labels (JSON Lines) of the INPUT articles.")
  Path gold;

  @Option(
      names = "--set",
      paramLabel = "GOLD=INPUT",
      description =
          "A labelled set: gold labels and the file or directory of its articles, split at the first ="
              + " (repeat for more sets; instead of --gold and INPUT). Every set is swept with the same grid; points are"
              + " ranked and recommended by the worst set.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--shingles",
      split = ",",
      paramLabel = "KIND:N",
      defaultValue = "word:3,word:4,word:5,word:6,char:7,char:9/1,char:9",
      description = "Shinglings to try (KIND:N or KIND:N/SAMPLE). Default: ${DEFAULT-VALUE}.")
  List<String> shingles;

  @Option(
      names = "--permutation-counts",
      split = ",",
      paramLabel = "N",
      defaultValue = "64,128,256",
      description = "Signature lengths to try. Default: ${DEFAULT-VALUE}.")
  List<Integer> permutations;

  @Option(
      names = "--measures",
      split = ",",
      paramLabel = "M",
      defaultValue = "passage,containment,jaccard",
      description = "Measures to try. Default: ${DEFAULT-VALUE}.")
  List<Measure> measures;

  @Option(
      names = "--thresholds",
      split = ",",
      paramLabel = "X",
      defaultValue = "0.05,0.08,0.1,0.12,0.15,0.2,0.25,0.3,0.35,0.4,0.5,0.6,0.7,0.8,0.9",
      description = "Thresholds to try. Default: ${DEFAULT-VALUE}.")
  List<Double> thresholds;

  @Option(
      names = "--linkages",
      split = ",",
      paramLabel = "L",
      defaultValue = "center,single,average",
      description = "Linkages to try. Default: ${DEFAULT-VALUE}.")
  List<Linkage> linkages;

  @Option(
      names = "--lsh-thresholds",
      split = ",",
      paramLabel = "J",
      defaultValue = "0.1",
      description = "LSH Jaccard levels to try. Default: ${DEFAULT-VALUE}.")
  List<Double> lshThresholds;

  @Mixin SeedOption seed;

  @Option(
      names = "--min-precision",
      paramLabel = "P",
      defaultValue = "0.95",
      description =
          "Recommend the best F1 among settings with at least this pair precision. Default: ${DEFAULT-VALUE}.")
  double minPrecision;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Rows of the table (best F1 first; 0 = all). Default: ${DEFAULT-VALUE}.")
  int top;

  @Mixin
  OutputOption output =
      new OutputOption(OutputFormat.TEXT, OutputFormat.CSV).noting(OutputFormat.CSV, "all rows");

  @Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    threads.count();
    ParameterSweep.Grid grid = grid();
    if (!sets.isEmpty()) {
      if (gold != null || !input.inputs.isEmpty()) {
        throw new UsageException(
            "give either --gold GOLD with INPUTs or --set GOLD=INPUT sets, not both");
      }
      return tuneSets(grid);
    }
    if (gold == null) {
      throw new UsageException("give --gold GOLD (with INPUTs) or one or more --set GOLD=INPUT");
    }
    Map<String, String> labels = GoldReader.read(gold);
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    List<Article> articles = inputs.guardingHeap(true).readAll();
    inputs.note(articles.size() + " articles, " + grid.size() + " settings to score");
    List<ParameterSweep.Row> rows =
        sweep(gold, articles, labels, grid, new Pipeline(threads.count()), inputs);
    PrintWriter out = spec.commandLine().getOut();
    List<ParameterSweep.Row> ranked = new ArrayList<>(rows);
    ranked.sort(
        Comparator.comparingDouble((ParameterSweep.Row r) -> -r.scores().pairF1())
            .thenComparingDouble(r -> -r.scores().pairPrecision()));
    new SweepTableWriter(output.format(), top).write(ranked, out);
    printRecommendation(rows, out);
    return inputs.exitCode(ExitCodes.OK);
  }

  /** The grid the options describe. */
  private ParameterSweep.Grid grid() {
    List<ParameterSweep.Shingling> shinglings = new ArrayList<>();
    for (String spec : shingles) {
      ShingleLabel label;
      try {
        label = ShingleLabel.parse(spec);
      } catch (IllegalArgumentException e) {
        throw UsageException.of(e);
      }
      int sampling = label.samplingOr(Settings.defaultSampling(label.kind()));
      shinglings.add(new ParameterSweep.Shingling(label.kind(), label.size(), sampling));
    }
    try {
      return new ParameterSweep.Grid(
          shinglings, permutations, lshThresholds, measures, thresholds, linkages, seed.seed);
    } catch (IllegalArgumentException e) {
      throw UsageException.of(e);
    }
  }

  private void printRecommendation(List<ParameterSweep.Row> rows, PrintWriter out) {
    Optional<ParameterSweep.Row> best = ParameterSweep.recommend(rows, minPrecision);
    PrintWriter err = spec.commandLine().getErr();
    if (best.isPresent()) {
      MetricScores m = best.get().scores();
      String line =
          String.format(
              Locale.ROOT,
              "recommended (best pair F1 with precision >= %s): pair P %.4f R %.4f F1 %.4f ARI %.4f%n  neardup cluster %s",
              SettingsText.number(minPrecision),
              m.pairPrecision(),
              m.pairRecall(),
              m.pairF1(),
              m.adjustedRand(),
              SettingsText.commandLine(best.get().settings()));
      (output.format() == OutputFormat.TEXT ? out : err)
          .println((output.format() == OutputFormat.TEXT ? "\n" : "") + line);
    } else {
      err.println(
          "neardup: no setting reached pair precision " + SettingsText.number(minPrecision));
    }
  }

  /**
   * @throws SideInputException when {@code gold} does not label every article
   */
  private static List<ParameterSweep.Row> sweep(
      Path gold,
      List<Article> articles,
      Map<String, String> labels,
      ParameterSweep.Grid grid,
      Pipeline pipeline,
      ArticleInputs inputs) {
    try {
      return ParameterSweep.run(articles, labels, grid, pipeline, inputs::note);
    } catch (IllegalArgumentException e) {
      throw new SideInputException(gold + ": " + e.getMessage(), e);
    }
  }

  /** One labelled set of {@code --set}. */
  private record LabelledSet(String name, Path gold, String articles) {
    static LabelledSet parse(String name, String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new UsageException("--set must be GOLD=INPUT: " + spec);
      }
      return new LabelledSet(name, Path.of(spec.substring(0, eq)), spec.substring(eq + 1));
    }
  }

  /**
   * Sweeps every set of {@code --set} with {@code grid} and ranks and recommends by the worst set.
   */
  private int tuneSets(ParameterSweep.Grid grid) {
    List<LabelledSet> labelled = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      labelled.add(LabelledSet.parse("s" + (i + 1), sets.get(i)));
    }
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    List<String> legend = new ArrayList<>();
    List<List<ParameterSweep.Row>> sweeps = sweepSets(labelled, grid, inputs, legend);
    List<ParameterSweep.SetsRow> rows = ParameterSweep.combine(sweeps);
    List<ParameterSweep.SetsRow> ranked = new ArrayList<>(rows);
    ranked.sort(ParameterSweep.BY_WORST);
    PrintWriter out = spec.commandLine().getOut();
    List<String> names = labelled.stream().map(LabelledSet::name).toList();
    new SweepTableWriter(output.format(), top).writeSets(names, legend, ranked, out);
    printSetsRecommendation(rows, labelled, out);
    return inputs.exitCode(ExitCodes.OK);
  }

  /**
   * Sweeps each set in turn, one set's articles and fingerprints at a time; its legend line goes to
   * {@code legend}.
   */
  private List<List<ParameterSweep.Row>> sweepSets(
      List<LabelledSet> labelled,
      ParameterSweep.Grid grid,
      ArticleInputs inputs,
      List<String> legend) {
    Pipeline pipeline = new Pipeline(threads.count());
    List<List<ParameterSweep.Row>> sweeps = new ArrayList<>();
    for (LabelledSet set : labelled) {
      Map<String, String> labels = GoldReader.read(set.gold());
      List<Article> articles = new ArrayList<>();
      inputs.streamUnique(List.of(set.articles()), record -> articles.add(record.article()));
      legend.add(
          String.format(
              Locale.ROOT,
              "%s: %s on %s, %d articles",
              set.name(),
              set.gold(),
              set.articles(),
              articles.size()));
      inputs.note(legend.get(legend.size() - 1) + ", " + grid.size() + " settings to score");
      // One set's articles and fingerprints at a time: only the scores outlive its sweep.
      sweeps.add(sweep(set.gold(), articles, labels, grid, pipeline, inputs));
    }
    return sweeps;
  }

  private void printSetsRecommendation(
      List<ParameterSweep.SetsRow> rows, List<LabelledSet> labelled, PrintWriter out) {
    Optional<ParameterSweep.SetsRow> best = ParameterSweep.recommendWorst(rows, minPrecision);
    PrintWriter err = spec.commandLine().getErr();
    if (best.isPresent()) {
      ParameterSweep.SetsRow b = best.get();
      StringBuilder perSet = new StringBuilder();
      for (int i = 0; i < labelled.size(); i++) {
        MetricScores m = b.perSet().get(i).scores();
        perSet.append(
            String.format(
                Locale.ROOT,
                "%s%s P %.4f R %.4f F1 %.4f",
                i == 0 ? "" : "; ",
                labelled.get(i).name(),
                m.pairPrecision(),
                m.pairRecall(),
                m.pairF1()));
      }
      String line =
          String.format(
              Locale.ROOT,
              "recommended (best worst-set pair F1 with precision >= %s on every set): worst pair P %.4f R %.4f F1 %.4f"
                  + " (%s)%n  neardup cluster %s",
              SettingsText.number(minPrecision),
              b.worstPrecision(),
              b.worstRecall(),
              b.worstF1(),
              perSet,
              SettingsText.commandLine(b.settings()));
      (output.format() == OutputFormat.TEXT ? out : err)
          .println((output.format() == OutputFormat.TEXT ? "\n" : "") + line);
    } else {
      err.println(
          "neardup: no setting reached pair precision "
              + SettingsText.number(minPrecision)
              + " on every set");
    }
  }
}
