package dev.neardup.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.text.Article;
import dev.neardup.core.verify.Fingerprint;
import dev.neardup.core.verify.PairScores;
import dev.neardup.core.verify.ParagraphStatus;
import dev.neardup.core.verify.PassageFinder;
import dev.neardup.core.verify.PassageFinder.Explanation;
import dev.neardup.core.verify.PassageFinder.Paragraph;
import dev.neardup.core.verify.PassageFinder.Passage;
import dev.neardup.core.verify.PassageOverlap;
import dev.neardup.core.verify.StoryEvidence;
import dev.neardup.io.JsonOutput;
import dev.neardup.io.OutputFormat;
import dev.neardup.io.PairWriter;
import dev.neardup.io.TerminalText;
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
  private static final String SHARED_ON = "\u001B[1;32m";
  private static final String DIM_ON = "\u001B[2m";
  private static final String OFF = "\u001B[0m";

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
    if (output.format() == OutputFormat.JSON) {
      writeJson(settings, a, b, row, e, out);
    } else {
      boolean ansi = color == Color.ALWAYS || (color == Color.AUTO && System.console() != null);
      writeText(settings, a, b, row, e, out, ansi);
    }
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

  /** copied, partial, only in {@code self} (none of it in the other text) or ignored. */
  private static String status(Paragraph p, String self) {
    ParagraphStatus status = ParagraphStatus.of(p);
    return status == ParagraphStatus.ONLY_HERE ? "only in " + self : status.label();
  }

  private void writeText(
      Settings settings,
      Article a,
      Article b,
      PairWriter.Row row,
      Explanation e,
      PrintWriter out,
      boolean ansi) {
    PairScores x = row.exact();
    double score = settings.measure().score(x);
    boolean duplicates = score >= settings.threshold();
    out.printf(Locale.ROOT, "A  %s  (%d words)%n", TerminalText.escape(a.id()), row.tokensA());
    out.printf(Locale.ROOT, "B  %s  (%d words)%n", TerminalText.escape(b.id()), row.tokensB());
    out.printf(
        Locale.ROOT,
        "%s %.4f %s %s: %s%n",
        settings.measure().label(),
        score,
        duplicates ? ">=" : "<",
        SettingsText.number(settings.threshold()),
        duplicates ? "duplicates" : "not duplicates");
    out.printf(
        Locale.ROOT,
        "  jaccard %.4f, A in B %.4f, B in A %.4f (exact, %d of %d / %d shingles shared);"
            + " estimated from signatures: jaccard %.4f, containment %.4f%n",
        x.jaccard(),
        x.containmentOfA(),
        x.containmentOfB(),
        x.intersection(),
        x.sizeA(),
        x.sizeB(),
        row.estimatedJaccard(),
        row.estimated().containment());
    if (x.passages() != null) {
      PassageOverlap p = x.passages();
      out.printf(
          Locale.ROOT,
          "  in passages (runs of %d shingles): %.0f%% of A, %.0f%% of B, starting %.0f%% into A, %.0f%% into B;"
              + " %s%n",
          PassageOverlap.MIN_RUN,
          100 * p.ofA(),
          100 * p.ofB(),
          100 * p.leadOfA(),
          100 * p.leadOfB(),
          x.verdict());
    }
    if (x.evidence() != null) {
      StoryEvidence ev = x.evidence();
      out.printf(
          Locale.ROOT,
          "  figures in the same place: %d agree, %d differ%s%n",
          ev.figures().agreements(),
          ev.figures().conflicts(),
          Double.isNaN(ev.hoursApart())
              ? ""
              : String.format(Locale.ROOT, "; published %.1f hours apart", ev.hoursApart()));
    }
    int shared = e.sharedWords();
    out.printf(
        Locale.ROOT,
        "%d shared passage%s, %d words: %.0f%% of A, %.0f%% of B (runs of word %d-grams)%n",
        e.passages().size(),
        e.passages().size() == 1 ? "" : "s",
        shared,
        percent(shared, e.tokensA()),
        percent(shared, e.tokensB()),
        e.gramSize());
    String legend = ansi ? "shared passages highlighted" : "shared passages in [[ ]]";
    out.println();
    out.println("A, paragraph by paragraph (" + legend + "):");
    paragraphs(out, a.text(), e.paragraphsA(), spans(e.passages(), true), "A", ansi);
    out.println();
    out.println("B, paragraph by paragraph:");
    paragraphs(out, b.text(), e.paragraphsB(), spans(e.passages(), false), "B", ansi);
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static List<int[]> spans(List<Passage> passages, boolean inA) {
    List<int[]> spans = new ArrayList<>();
    for (Passage p : passages) {
      spans.add(inA ? new int[] {p.startA(), p.endA()} : new int[] {p.startB(), p.endB()});
    }
    spans.sort((s, t) -> Integer.compare(s[0], t[0]));
    return spans;
  }

  private static void paragraphs(
      PrintWriter out,
      String text,
      List<Paragraph> paragraphs,
      List<int[]> spans,
      String self,
      boolean ansi) {
    for (Paragraph p : paragraphs) {
      String status = status(p, self);
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "  %-10s ", status));
      if (p.ignored()) {
        line.append(ansi ? DIM_ON : "")
            .append(shown(text, p.start(), p.end()))
            .append(ansi ? OFF : "");
      } else {
        int at = p.start();
        for (int[] s : spans) {
          int from = Math.max(s[0], p.start());
          int to = Math.min(s[1], p.end());
          if (from >= to) {
            continue;
          }
          line.append(shown(text, at, from));
          line.append(ansi ? SHARED_ON : "[[")
              .append(shown(text, from, to))
              .append(ansi ? OFF : "]]");
          at = to;
        }
        line.append(shown(text, at, p.end()));
      }
      out.println(line);
    }
  }

  /**
   * The article's own escape sequences must not mix with the highlighting or drive the terminal.
   */
  private static String shown(String text, int from, int to) {
    return TerminalText.escapeText(text.substring(from, to));
  }

  private void writeJson(
      Settings settings, Article a, Article b, PairWriter.Row row, Explanation e, PrintWriter out) {
    try (JsonGenerator g = JsonOutput.generator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      double score = settings.measure().score(row.exact());
      g.writeStartObject();
      g.writeStringField("a", a.id());
      g.writeStringField("b", b.id());
      g.writeStringField("measure", settings.measure().label());
      g.writeNumberField("threshold", settings.threshold());
      g.writeBooleanField("duplicates", score >= settings.threshold());
      g.writeFieldName("scores");
      new PairWriter(OutputFormat.JSONL, settings.measure()).writeObject(g, row);
      g.writeNumberField("gram_size", e.gramSize());
      g.writeNumberField("shared_words", e.sharedWords());
      g.writeStringField("offsets", "utf-16 code units of the original text");
      g.writeArrayFieldStart("passages");
      for (Passage p : e.passages()) {
        g.writeStartObject();
        g.writeNumberField("words", p.words());
        span(g, "a", a.text(), p.startA(), p.endA());
        span(g, "b", b.text(), p.startB(), p.endB());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("paragraphs");
      paragraphsJson(g, "a", e.paragraphsA(), "A");
      paragraphsJson(g, "b", e.paragraphsB(), "B");
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.println();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void span(JsonGenerator g, String name, String text, int start, int end)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeStringField("text", text.substring(start, end));
    g.writeEndObject();
  }

  private static void paragraphsJson(
      JsonGenerator g, String name, List<Paragraph> paragraphs, String self) throws IOException {
    g.writeArrayFieldStart(name);
    for (Paragraph p : paragraphs) {
      g.writeStartObject();
      g.writeNumberField("start", p.start());
      g.writeNumberField("end", p.end());
      g.writeNumberField("words", p.words());
      g.writeNumberField("shared_words", p.sharedWords());
      g.writeStringField("status", status(p, self).replace(' ', '_').toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
