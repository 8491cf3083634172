package dev.neardup.cli;

import dev.neardup.core.BatchIntake;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.io.ClusterWriter;
import dev.neardup.io.OutputFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup cluster}: groups articles into stories. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Clusters syndicated rewrites of the same story; prints clusters with two or more members.",
    footer = {
      "",
      "Examples:",
      "  neardup cluster samples/",
      "  neardup cluster --output csv --singletons articles/ > clusters.csv",
      "  neardup cluster --output html samples/ > report.html",
      "  cat batch.jsonl | neardup cluster --output jsonl --text-field body -"
    })
final class ClusterCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Mixin
  OutputOption output =
      new OutputOption(OutputFormat.TEXT, OutputFormat.JSONL, OutputFormat.CSV, OutputFormat.HTML)
          .noting(
              OutputFormat.HTML,
              "one self-contained page for editors: every cluster, each copy beside its"
                  + " representative with the shared passages highlighted");

  @Option(names = "--singletons", description = "Also list articles that duplicate nothing.")
  boolean singletons;

  @Option(
      names = "--signatures",
      paramLabel = "FILE",
      description =
          "Cluster the sketches FILE written by neardup sketch instead of reading articles; scores are"
              + " estimated from the signatures (see the README).")
  java.nio.file.Path signatures;

  @Option(
      names = "--timings",
      description =
          "Print the wall time of each stage (read, fingerprint, candidates and"
              + " verification, clustering, output) and the candidate counts on stderr.")
  boolean timings;

  @Override
  public Integer call() {
    Settings settings = matching.settings();
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    Pipeline.Clustering result;
    HtmlReports html = output.format() == OutputFormat.HTML ? new HtmlReports() : null;
    if (signatures != null) {
      if (html != null) {
        throw new UsageException(
            "--output html shows the articles' texts: it needs the articles, not --signatures");
      }
      SignatureClustering.Result read =
          SignatureClustering.run(signatures, input, matching, spec, inputs);
      settings = read.settings();
      result = read.clustering();
    } else {
      result = clusterInputs(settings, inputs, html);
    }
    for (String id : result.emptyIds()) {
      inputs.noteEmpty(id);
    }
    long outputStart = System.nanoTime();
    List<Cluster> shown =
        result.clusters().stream().filter(c -> singletons || c.size() > 1).toList();
    if (html != null) {
      html.write(result, shown, settings, spec.commandLine().getOut());
    } else {
      new ClusterWriter(output.format(), settings.measure())
          .write(shown, spec.commandLine().getOut());
    }
    if (timings) {
      inputs.note(
          String.format(
              Locale.ROOT, "timings: output %.2f s", seconds(System.nanoTime() - outputStart)));
    }
    noteCounts(result, inputs);
    return inputs.exitCode(ExitCodes.OK);
  }

  /**
   * Reads, fingerprints, verifies and clusters the input articles (handing each record to {@code
   * html} too when the report is asked for), noting each stage's time with {@code --timings}.
   */
  private Pipeline.Clustering clusterInputs(
      Settings settings, ArticleInputs inputs, HtmlReports html) {
    long start = System.nanoTime();
    Pipeline pipeline = new Pipeline(matching.threads());
    Pipeline.Corpus corpus;
    long read;
    // Articles are shingled on the worker threads while the next ones are read and parsed.
    try (BatchIntake intake = pipeline.intake(settings)) {
      inputs.guardingHeap(html != null); // the report keeps the texts, else they go once shingled
      inputs.readEachRecord(
          record -> {
            intake.add(record.article());
            if (html != null) {
              html.accept(record);
            }
          });
      read = System.nanoTime();
      corpus = intake.finish();
    }
    long printed = System.nanoTime();
    List<dev.neardup.core.verify.ScoredPair> verified =
        pipeline.verify(corpus, settings.lshParams(), settings.threshold(), settings.measure());
    long checked = System.nanoTime();
    Pipeline.Clustering result = pipeline.cluster(corpus, verified, settings);
    long clustered = System.nanoTime();
    if (timings) {
      inputs.note(
          String.format(
              Locale.ROOT,
              "timings: read %.2f s (shingling alongside), fingerprint %.2f s more (%,d common shingles left out"
                  + " of signatures), candidates and verification %.2f s (%,d pairs verified), clustering %.2f s",
              seconds(read - start),
              seconds(printed - read),
              corpus.commonShingles(),
              seconds(checked - printed),
              verified.size(),
              seconds(clustered - checked)));
    }
    return result;
  }

  /** The closing line on stderr: how many articles, clusters and singletons. */
  private static void noteCounts(Pipeline.Clustering result, ArticleInputs inputs) {
    long multi = result.clusters().stream().filter(c -> c.size() > 1).count();
    long inMulti =
        result.clusters().stream().filter(c -> c.size() > 1).mapToLong(Cluster::size).sum();
    inputs.note(
        String.format(
            Locale.ROOT,
            "%d articles: %d duplicate cluster%s holding %d articles, %d singletons",
            result.ids().size(),
            multi,
            multi == 1 ? "" : "s",
            inMulti,
            result.clusters().size() - multi));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
