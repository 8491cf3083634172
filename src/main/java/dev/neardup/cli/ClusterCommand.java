package dev.neardup.cli;

import dev.neardup.core.Article;
import dev.neardup.core.Cluster;
import dev.neardup.core.Pipeline;
import dev.neardup.core.Settings;
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
    description = "Clusters syndicated rewrites of the same story; prints clusters with two or more members.",
    footer = {"", "Examples:",
        "  neardup cluster samples/",
        "  neardup cluster --output csv --singletons articles/ > clusters.csv",
        "  cat batch.jsonl | neardup cluster --output jsonl --text-field body -"})
final class ClusterCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin MatchingOptions matching;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, jsonl or csv. Default: ${DEFAULT-VALUE}.")
  OutputFormat output;

  @Option(names = "--singletons", description = "Also list articles that duplicate nothing.")
  boolean singletons;

  @Option(names = "--signatures", paramLabel = "FILE",
      description = "Cluster the sketches FILE written by neardup sketch instead of reading articles; scores are"
          + " estimated from the signatures (see the README).")
  java.nio.file.Path signatures;

  @Override
  public Integer call() {
    Settings settings = matching.settings();
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    Pipeline.Clustering result;
    if (signatures != null) {
      SignatureClustering.Result read = SignatureClustering.run(signatures, input, matching, spec, inputs);
      settings = read.settings();
      result = read.clustering();
    } else {
      List<Article> articles = inputs.readAll();
      result = new Pipeline(matching.threads).run(articles, settings);
    }
    for (String id : result.emptyIds()) {
      inputs.note("warning: " + id + ": no words left after normalisation, skipped");
    }
    List<Cluster> shown = result.clusters().stream().filter(c -> singletons || c.size() > 1).toList();
    new ClusterWriter(output, settings.measure()).write(shown, spec.commandLine().getOut());
    long multi = result.clusters().stream().filter(c -> c.size() > 1).count();
    long inMulti = result.clusters().stream().filter(c -> c.size() > 1).mapToLong(Cluster::size).sum();
    inputs.note(String.format(Locale.ROOT, "%d articles: %d duplicate cluster%s holding %d articles, %d singletons",
        result.ids().size(), multi, multi == 1 ? "" : "s", inMulti, result.clusters().size() - multi));
    return inputs.exitCode(ExitCodes.OK);
  }
}
