package dev.neardup.cli;

import dev.neardup.io.MatchWriter;
import dev.neardup.io.OutputFormat;
import dev.neardup.query.IndexQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup query}: which indexed articles each input article duplicates. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "For each input article, lists the indexed articles it duplicates, with their scores."
            + " Scores are ESTIMATED from the stored MinHash signatures and shingle counts (the index keeps no text),"
            + " except for pairs whose indexed article's original text is given with --texts: those are EXACT.",
    footer = {
      "",
      "Candidates come from the index's LSH band keys; a candidate is a duplicate when its estimated"
          + " score under --measure reaches --threshold, the rule cluster links pairs by. An input article whose id"
          + " is already indexed is compared with every other indexed article, never itself. --add also indexes"
          + " the input articles not yet indexed, each batch in one transaction; every article is then compared"
          + " with all articles indexed or read before it. --texts SOURCE (repeatable) gives the original texts of"
          + " indexed articles, read like the inputs (same --input-format, --id-field, --text-field, --glob): a"
          + " candidate whose text is given is verified on the exact shingle sets (candidates within 4 standard"
          + " errors of the threshold are looked at), the others stay estimated.",
      "Output (stdout): jsonl, one line per article with matches: {\"id\", \"tokens\", \"shingles\","
          + " \"indexed\", \"estimated\", \"matches\": [{\"id\", \"tokens\", \"measure\", \"score\", \"jaccard\","
          + " \"containment\", \"containment_a_in_b\", \"containment_b_in_a\", \"estimated\"}]} (a = the input"
          + " article; estimated false = exact scores from --texts); csv, one"
          + " row per match; text. --all also lists articles without matches.",
      "",
      "Examples:",
      "  neardup query --index wire.db today/",
      "  cat batch.jsonl | neardup query --index wire.db --add --output csv > matches.csv",
      "  neardup query --index wire.db --timings --output text story.txt",
      "  neardup query --index wire.db --texts archive/ --output text today/"
    })
final class QueryCommand implements Callable<Integer> {
  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Mixin IndexFileOptions store;

  @Option(
      names = "--add",
      description = "Also index the input articles not yet in the index (creates FILE if missing).")
  boolean add;

  @Mixin
  OutputOption output = new OutputOption(OutputFormat.JSONL, OutputFormat.CSV, OutputFormat.TEXT);

  @Option(names = "--all", description = "Also list input articles that duplicate nothing.")
  boolean all;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Articles fingerprinted together (and, with --add, indexed per transaction). Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--texts",
      paramLabel = "SOURCE",
      description =
          "Original texts of indexed articles (file, directory or JSON Lines, read like the inputs;"
              + " repeat for more): pairs with them are verified exactly instead of estimated.")
  List<String> texts = new ArrayList<>();

  @Option(names = "--timings", description = "Print per-article latency percentiles on stderr.")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    return query();
  }

  private Integer query() {
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexQueryRun.Outcome run =
        new IndexQueryRun(spec, root, input, matching)
            .run(
                store.file,
                store.busy.seconds,
                add,
                texts,
                batchSize,
                "articles queried",
                settings -> {
                  MatchWriter writer =
                      new MatchWriter(output.format(), settings.measure(), !texts.isEmpty());
                  writer.header(out);
                  return r -> write(r, writer, out);
                });
    out.flush();
    long wall = System.nanoTime() - start;
    if (timings) {
      err.println("neardup: query " + run.timings(wall));
    }
    IndexQuery q = run.query();
    run.inputs()
        .note(
            String.format(
                Locale.ROOT,
                "query: %s, %,d duplicate indexed article%s (%s; %s, %s)%s; %s holds"
                    + " %,d articles",
                IndexQueryRun.plural(q.articles(), "article"),
                q.duplicates(),
                q.duplicates() == 1 ? "" : "s",
                IndexQueryRun.plural(q.pairs(), "pair"),
                run.rule(),
                run.scoresNote(),
                add ? String.format(Locale.ROOT, "; %,d added", q.added().added()) : "",
                store.file,
                run.held()));
    return run.inputs().exitCode(ExitCodes.OK);
  }

  private void write(IndexQuery.Result r, MatchWriter writer, PrintWriter out) {
    if (r.matches().isEmpty() && !all) {
      return;
    }
    writer.write(r, out);
  }
}
