package dev.neardup.cli;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.PassageFinder;
import dev.neardup.core.verify.PassageFinder.Explanation;
import dev.neardup.io.ExplanationWriter;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.PairWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code neardup explain}: why two articles match. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Explains why two articles match: their scores and the passages they share, paragraph by"
            + " paragraph (copied, partial, only in A/B, ignored), with shared passages highlighted on a terminal"
            + " and marked [[like this]] otherwise.",
    footer = {
      "",
      "The inputs must hold exactly two articles (two text files, say), or name them with --ids. A shared"
          + " passage is a maximal run of word k-grams (k = --shingle-size; 5 with char shingles) found in the"
          + " same order in both texts, mapped back to the original text. Lines the normaliser drops as site"
          + " chrome or repeats are shown as ignored. --output json gives each passage's text and its offsets"
          + " in UTF-16 code units (Java/JavaScript string indices) of each original text.",
      "",
      "Examples:",
      "  neardup explain samples/000_c39e206ea61dc4e4.txt samples/001_d3e627cf6393b863.txt",
      "  neardup explain --ids afp-1,reuters-7 batch.jsonl",
      "  neardup explain --output json a.txt b.txt | jq '.passages[].a.text'"
    })
final class ExplainCommand implements Callable<Integer> {
  /** Whether to highlight with ANSI colours. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** How the explanation is printed. */
  @ParentCommand NeardupCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ArticleInputOptions input;
  @Mixin MatchingOptions matching;

  @Option(
      names = "--ids",
      split = ",",
      paramLabel = "A,B",
      description =
          "Ids of the two articles to compare among all inputs (e.g. two lines of a JSON Lines batch).")
  List<String> ids;

  @Mixin OutputOption output = new OutputOption(OutputFormat.TEXT, OutputFormat.JSON);

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Highlight with colours: auto (when stdout is a terminal), always or never. Default: ${DEFAULT-VALUE}.")
  Color color;

  @Override
  public Integer call() {
    if (ids != null && (ids.size() != 2 || ids.get(0).equals(ids.get(1)))) {
      throw new UsageException("--ids needs two different ids, e.g. --ids a1,b7");
    }
    Settings settings = matching.settings();
    ArticleInputs inputs = new ArticleInputs(input, root, spec.commandLine().getErr());
    List<Article> all = inputs.readAll();
    List<Article> pair = choose(all);
    Article a = pair.get(0);
    Article b = pair.get(1);
    Fingerprinter fingerprinter = Fingerprinter.of(settings);
    Fingerprint fa = fingerprinter.fingerprint(a);
    Fingerprint fb = fingerprinter.fingerprint(b);
    PairWriter.Row row =
        new PairWriter.Row(
            a.id(),
            b.id(),
            fa.tokenCount(),
            fb.tokenCount(),
            PairScores.of(fa, fb),
            fa.signature().estimateJaccard(fb.signature()));
    Explanation e =
        PassageFinder.forShingles(settings.shingleKind(), settings.shingleSize())
            .explain(a.text(), b.text());
    PrintWriter out = spec.commandLine().getOut();
    boolean ansi = color == Color.ALWAYS || (color == Color.AUTO && System.console() != null);
    new ExplanationWriter(output.format(), settings, ansi).write(a, b, row, e, out);
    out.flush();
    return inputs.exitCode(ExitCodes.OK);
  }

  private List<Article> choose(List<Article> all) {
    if (ids == null) {
      if (all.size() != 2) {
        throw new UsageException(
            "explain needs exactly two articles, the inputs hold "
                + all.size()
                + "; name two with --ids");
      }
      return all;
    }
    List<Article> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(
          all.stream()
              .filter(x -> x.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () -> new UsageException("no article with id " + id + " in the inputs")));
    }
    return chosen;
  }
}
