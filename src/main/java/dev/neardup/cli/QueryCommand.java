package dev.neardup.cli;

import dev.neardup.core.verify.PairScores;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.io.CsvCells;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.PairWriter;
import dev.neardup.io.TerminalText;
import dev.neardup.store.AddResult;
import dev.neardup.store.IndexMatcher.Match;
import dev.neardup.store.SqliteIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
    description = "For each input article, lists the indexed articles it duplicates, with their scores."
        + " Scores are ESTIMATED from the stored MinHash signatures and shingle counts (the index keeps no text),"
        + " except for pairs whose indexed article's original text is given with --texts: those are EXACT.",
    footer = {"", "Candidates come from the index's LSH band keys; a candidate is a duplicate when its estimated"
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
        "", "Examples:",
        "  neardup query --index wire.db today/",
        "  cat batch.jsonl | neardup query --index wire.db --add --output csv > matches.csv",
        "  neardup query --index wire.db --timings --output text story.txt",
        "  neardup query --index wire.db --texts archive/ --output text today/"})
final class QueryCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @ParentCommand NeardupCommand root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin MatchingOptions matching;

  @Mixin IndexFileOptions store;

  @Option(names = "--add", description = "Also index the input articles not yet in the index (creates FILE if missing).")
  boolean add;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl, csv or text. Default: ${DEFAULT-VALUE}.")
  OutputFormat output;

  @Option(names = "--all", description = "Also list input articles that duplicate nothing.")
  boolean all;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
      description = "Articles fingerprinted together (and, with --add, indexed per transaction). Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(names = "--texts", paramLabel = "SOURCE",
      description = "Original texts of indexed articles (file, directory or JSON Lines, read like the inputs;"
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
    IndexOpening.Opened opened = IndexOpening.open(store.file, matching, spec, add, store.busy.seconds);
    ArticleInputs inputs = new ArticleInputs(input, root, err);
    IndexQueryRun run;
    long held;
    try (SqliteIndex index = opened.index()) {
      IndexedTexts known = texts.isEmpty() ? null
          : IndexedTexts.read(texts, input.inputsOrStdin(), inputs, index, opened.settings());
      try (Progress progress = Progress.start(err, "articles queried", input.quiet)) {
        inputs.showing(progress);
        run = new IndexQueryRun(index, opened.settings(), inputs, matching.threads, batchSize, add, known);
        String measure = opened.settings().measure().label();
        if (output == OutputFormat.CSV) {
          out.println("id,match,measure,score,jaccard,containment,containment_a_in_b,containment_b_in_a,tokens,"
              + "match_tokens,indexed,estimated");
        }
        run.run(r -> write(r, measure, out), progress);
      }
      held = index.stats().articles();
    }
    out.flush();
    long wall = System.nanoTime() - start;
    if (timings) {
      err.println("neardup: query " + run.timings(wall));
    }
    AddResult a = run.added();
    inputs.note(String.format(Locale.ROOT, "query: %s, %,d duplicate indexed article%s (%s; %s, %s)%s; %s holds"
            + " %,d articles",
        IndexQueryRun.plural(run.articles(), "article"), run.duplicates(), run.duplicates() == 1 ? "" : "s",
        IndexQueryRun.plural(run.pairs(), "pair"), run.rule(), run.scoresNote(),
        add ? String.format(Locale.ROOT, "; %,d added", a.added()) : "", store.file, held));
    return inputs.exitCode(ExitCodes.OK);
  }

  private void write(IndexQueryRun.Result r, String measure, PrintWriter out) {
    if (r.matches().isEmpty() && !all) {
      return;
    }
    try {
      switch (output) {
        case JSONL -> {
          try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", r.sketch().id());
            g.writeNumberField("tokens", r.sketch().tokenCount());
            g.writeNumberField("shingles", r.sketch().shingleCount());
            g.writeBooleanField("indexed", r.indexed());
            g.writeBooleanField("estimated", r.estimated());
            g.writeArrayFieldStart("matches");
            for (Match m : r.matches()) {
              g.writeStartObject();
              g.writeStringField("id", m.id());
              g.writeNumberField("tokens", m.tokens());
              writeScores(g, measure, m);
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          out.write('\n');
        }
        case CSV -> {
          String id = CsvCells.of(r.sketch().id());
          if (r.matches().isEmpty()) {
            out.println(id + ",," + measure + ",,,,,," + r.sketch().tokenCount() + ",," + r.indexed() + "," + r.estimated());
          }
          for (Match m : r.matches()) {
            PairScores s = m.scores();
            out.println(String.join(",", id, CsvCells.of(m.id()), measure, f(m.score()),
                f(s.jaccard()), f(s.containment()), f(s.containmentOfA()), f(s.containmentOfB()),
                Integer.toString(r.sketch().tokenCount()), Integer.toString(m.tokens()), Boolean.toString(r.indexed()),
                Boolean.toString(m.estimated())));
          }
        }
        case TEXT -> {
          out.printf(Locale.ROOT, "%s  %d words%s: %s%n", TerminalText.cell(r.sketch().id()), r.sketch().tokenCount(),
              r.indexed() ? ", already indexed" : "", r.matches().isEmpty() ? "no duplicates"
                  : r.matches().size() + " indexed duplicate" + (r.matches().size() == 1 ? "" : "s")
                      + " (" + kinds(r.matches()) + " scores)");
          for (Match m : r.matches()) {
            out.printf(Locale.ROOT, "  %-30s %5d words  %s %s  jaccard %s%s%n", TerminalText.cell(m.id()), m.tokens(), measure,
                f(m.score()), f(m.scores().jaccard()), texts.isEmpty() ? "" : m.estimated() ? "  estimated" : "  exact");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "estimated", "exact", or "exact and estimated" for a mix. */
  static String kinds(List<Match> matches) {
    boolean exact = matches.stream().anyMatch(m -> !m.estimated());
    boolean estimated = matches.stream().anyMatch(Match::estimated);
    return exact && estimated ? "exact and estimated" : exact ? "exact" : "estimated";
  }

  /** The measure, scores and estimated flag of {@code m}, as query output and check reports print them. */
  static void writeScores(JsonGenerator g, String measure, Match m) throws IOException {
    PairScores s = m.scores();
    g.writeStringField("measure", measure);
    g.writeNumberField("score", PairWriter.round(m.score()));
    g.writeNumberField("jaccard", PairWriter.round(s.jaccard()));
    g.writeNumberField("containment", PairWriter.round(s.containment()));
    g.writeNumberField("containment_a_in_b", PairWriter.round(s.containmentOfA()));
    g.writeNumberField("containment_b_in_a", PairWriter.round(s.containmentOfB()));
    g.writeBooleanField("estimated", m.estimated());
  }

  static String f(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
