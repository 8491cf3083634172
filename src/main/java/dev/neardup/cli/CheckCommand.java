package dev.neardup.cli;

import dev.neardup.core.Settings;
import dev.neardup.core.cluster.Cluster;
import dev.neardup.core.text.Article;
import dev.neardup.io.CheckReport;
import dev.neardup.io.OutputFile;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.PairWriter;
import dev.neardup.io.SettingsText;
import dev.neardup.io.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code neardup check}: a CI gate that fails when a batch holds duplicates. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Checks a batch for duplicates, for CI: exit 0 when no article duplicates another, 1 when"
            + " more pairs than --allow do. Prints a short summary on stderr; stdout stays empty.",
    footer = {
      "",
      "A duplicate pair is two articles of the batch whose exact score under --measure reaches"
          + " --threshold, the rule cluster links by. Exit codes: 0 clean, 1 duplicates found, 2 bad usage,"
          + " 3 some inputs unreadable (takes precedence over 1), 70 internal error.",
      "",
      "Examples:",
      "  neardup check scraped/2024-06-01/",
      "  neardup check --allow 2 --report check.json batch.jsonl",
      "  cat batch.jsonl | neardup dedup | neardup check"
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Option(
      names = "--allow",
      paramLabel = "N",
      defaultValue = "0",
      description = "Tolerate up to N duplicate pairs. Default: ${DEFAULT-VALUE}.")
  int allow;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write a JSON report: status, counts, clusters, pairs, settings, tool version.")
  Path report;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Also write the HTML report of the batch's clusters to FILE, as cluster --output html does.")
  Path reportHtml;

  @Option(
      names = "--against",
      paramLabel = "FILE",
      description =
          "Check the batch against the index FILE (neardup index add) instead of within itself;"
              + " scores are estimated from the stored signatures (exact with --texts). Exit 75 when the index stays locked.")
  Path against;

  @Mixin BusyTimeoutOptions busy;

  @Option(
      names = "--texts",
      paramLabel = "SOURCE",
      description =
          "With --against: original texts of indexed articles (read like the inputs; repeat for more);"
              + " pairs with them are verified exactly instead of estimated.")
  List<String> texts = new ArrayList<>();

  @Override
  public Integer call() {
    if (against == null && !texts.isEmpty()) {
      throw new UsageException("--texts needs --against (the texts of indexed articles)");
    }
    if (allow < 0) {
      throw new UsageException("--allow must not be negative: " + allow);
    }
    if (against != null && reportHtml != null) {
      throw new UsageException(
          "--report-html shows the batch's clusters: it cannot be used with --against");
    }
    List<String> read = new ArrayList<>(input.inputs);
    read.addAll(texts);
    if (against != null) {
      read.add(against.toString());
    }
    // Opened first: an unwritable report fails before the check runs, not after.
    try (OutputFile reportFile =
            report == null ? null : OutputFiles.open(report, "--report", read);
        OutputFile htmlFile =
            reportHtml == null ? null : OutputFiles.open(reportHtml, "--report-html", read)) {
      return against != null
          ? IndexCheck.run(
              against, busy.seconds, texts, input, matching, spec, root, allow, reportFile)
          : checkBatch(reportFile, htmlFile);
    }
  }

  private int checkBatch(OutputFile reportFile, OutputFile htmlFile) {
    Settings settings = matching.settings();
    PrintWriter err = spec.commandLine().getErr();
    ArticleInputs inputs = new ArticleInputs(input, root, err).guardingHeap(true);
    HtmlReports html = htmlFile == null ? null : new HtmlReports();
    List<Article> batch = new ArrayList<>();
    inputs.readEachRecord(
        record -> {
          batch.add(record.article());
          if (html != null) {
            html.accept(record);
          }
        });
    BatchRun run = BatchRun.of(batch, settings, matching.threads());
    run.noteEmpty(inputs);
    List<PairWriter.Row> pairs = run.rows(run.clustering().matches());
    List<Cluster> clusters =
        run.clustering().clusters().stream().filter(c -> c.size() > 1).toList();
    boolean duplicates = pairs.size() > allow;
    int code = inputs.exitCode(duplicates ? ExitCodes.DUPLICATES_FOUND : ExitCodes.OK);
    String rule = settings.measure().label() + " >= " + SettingsText.number(settings.threshold());
    int articles = run.corpus().size();
    if (!input.quiet) {
      String counts = counts(pairs, clusters, articles, rule);
      CheckSummary.print(
          err,
          duplicates,
          counts,
          allow,
          pairs,
          p ->
              String.format(
                  Locale.ROOT,
                  "  %s ~ %s  %s %.4f",
                  TerminalText.cell(p.a()),
                  TerminalText.cell(p.b()),
                  settings.measure().label(),
                  settings.measure().score(p.exact())),
          report != null,
          code);
    }
    if (reportFile != null) {
      writeReport(reportFile, settings, run, pairs, clusters, duplicates, code);
    }
    if (htmlFile != null) {
      html.write(run.clustering(), clusters, settings, htmlFile.writer());
      htmlFile.commit();
    }
    return code;
  }

  /** The summary's first line: how many duplicate pairs and clusters, by which rule. */
  private static String counts(
      List<PairWriter.Row> pairs, List<Cluster> clusters, int articles, String rule) {
    return pairs.isEmpty()
        ? String.format(Locale.ROOT, "no duplicate pairs among %d articles (%s)", articles, rule)
        : String.format(
            Locale.ROOT,
            "%d duplicate pair%s in %d cluster%s among %d articles (%s)",
            pairs.size(),
            pairs.size() == 1 ? "" : "s",
            clusters.size(),
            clusters.size() == 1 ? "" : "s",
            articles,
            rule);
  }

  private void writeReport(
      OutputFile reportFile,
      Settings settings,
      BatchRun run,
      List<PairWriter.Row> pairs,
      List<Cluster> clusters,
      boolean duplicates,
      int code) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles", run.corpus().size());
    counts.put("empty_articles", run.clustering().emptyIds().size());
    counts.put("candidate_pairs", run.verified().size());
    counts.put("duplicate_pairs", pairs.size());
    counts.put("allowed_pairs", allow);
    counts.put("clusters", clusters.size());
    counts.put("articles_in_clusters", clusters.stream().mapToInt(Cluster::size).sum());
    PairWriter pairWriter = new PairWriter(OutputFormat.JSONL, settings.measure());
    CheckReport.write(
        reportFile,
        VersionProvider.version(),
        duplicates,
        code,
        g -> {
          g.writeObjectField("counts", counts);
          g.writeObjectField("settings", SettingsText.asMap(settings));
          g.writeArrayFieldStart("clusters");
          for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            g.writeStartObject();
            g.writeStringField("cluster", "c" + (i + 1));
            g.writeNumberField("size", c.size());
            g.writeStringField("representative", c.representative());
            g.writeArrayFieldStart("members");
            for (Cluster.Member m : c.members()) {
              g.writeString(m.id());
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("pairs");
          for (PairWriter.Row p : pairs) {
            pairWriter.writeObject(g, p);
          }
          g.writeEndArray();
        });
  }
}
