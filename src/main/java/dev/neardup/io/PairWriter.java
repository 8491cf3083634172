package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.verify.EstimatedScores;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes scored pairs as JSON Lines, CSV or aligned text, and as JSON objects inside a larger
 * document (the {@code check} report), so every command prints a pair the same way.
 *
 * <p>Scores are rounded to 4 decimals. Exact scores come from the shingle sets; estimated ones from
 * the MinHash signatures (see {@link EstimatedScores}).
 */
public final class PairWriter {
  private static final String[] COLUMNS = {
    "a",
    "b",
    "measure",
    "score",
    "jaccard",
    "containment",
    "containment_a_in_b",
    "containment_b_in_a",
    "estimated_jaccard",
    "estimated_containment",
    "shared_shingles",
    "shingles_a",
    "shingles_b",
    "tokens_a",
    "tokens_b",
    "passage_a_in_b",
    "passage_b_in_a",
    "verdict"
  };

  private final OutputFormat format;
  private final Measure measure;

  public PairWriter(OutputFormat format, Measure measure) {
    this.format = format;
    this.measure = measure;
  }

  /**
   * One pair of articles and their scores.
   *
   * @param a id of article A
   * @param b id of article B
   * @param tokensA words of A after normalisation
   * @param tokensB words of B after normalisation
   * @param exact exact scores, A against B
   * @param estimatedJaccard Jaccard similarity estimated from the signatures
   */
  public record Row(
      String a, String b, int tokensA, int tokensB, PairScores exact, double estimatedJaccard) {
    /** Scores estimated from the signatures and shingle counts. */
    public PairScores estimated() {
      return EstimatedScores.of(estimatedJaccard, exact.sizeA(), exact.sizeB());
    }
  }

  /** Writes {@code rows} in the chosen format (CSV and text with a header). */
  public void write(List<Row> rows, Writer out) {
    try {
      switch (format) {
        case JSONL -> {
          for (Row r : rows) {
            try (JsonGenerator g = JsonOutput.generator(out)) {
              writeObject(g, r);
            }
            out.write('\n');
          }
        }
        case CSV -> {
          out.write(String.join(",", COLUMNS) + "\n");
          for (Row r : rows) {
            PairScores x = r.exact();
            out.write(
                String.join(
                        ",",
                        CsvCells.of(r.a()),
                        CsvCells.of(r.b()),
                        measure.label(),
                        f(measure.score(x)),
                        f(x.jaccard()),
                        f(x.containment()),
                        f(x.containmentOfA()),
                        f(x.containmentOfB()),
                        f(r.estimatedJaccard()),
                        f(r.estimated().containment()),
                        Integer.toString(x.intersection()),
                        Integer.toString(x.sizeA()),
                        Integer.toString(x.sizeB()),
                        Integer.toString(r.tokensA()),
                        Integer.toString(r.tokensB()),
                        f(passageOfA(x)),
                        f(passageOfB(x)),
                        CsvCells.of(x.verdict()))
                    + "\n");
          }
        }
        case TEXT -> writeText(rows, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeText(List<Row> rows, Writer out) throws IOException {
    int width = 8;
    for (Row r : rows) {
      width =
          Math.max(
              width,
              Math.max(TerminalText.cell(r.a()).length(), TerminalText.cell(r.b()).length()));
    }
    String head = "%-" + width + "s  %-" + width + "s  %7s %7s %7s %7s %7s %9s %9s%n";
    out.write(
        String.format(
            Locale.ROOT,
            head,
            "a",
            "b",
            measure == Measure.JACCARD ? "score" : "score",
            "jaccard",
            "contain",
            "a_in_b",
            "b_in_a",
            "est_jacc",
            "est_cont"));
    for (Row r : rows) {
      PairScores x = r.exact();
      out.write(
          String.format(
              Locale.ROOT,
              head,
              TerminalText.cell(r.a()),
              TerminalText.cell(r.b()),
              f(measure.score(x)),
              f(x.jaccard()),
              f(x.containment()),
              f(x.containmentOfA()),
              f(x.containmentOfB()),
              f(r.estimatedJaccard()),
              f(r.estimated().containment())));
    }
  }

  /** Writes one pair as a JSON object at the generator's current position. */
  public void writeObject(JsonGenerator g, Row r) throws IOException {
    PairScores x = r.exact();
    g.writeStartObject();
    g.writeStringField("a", r.a());
    g.writeStringField("b", r.b());
    g.writeStringField("measure", measure.label());
    g.writeNumberField("score", round(measure.score(x)));
    g.writeNumberField("jaccard", round(x.jaccard()));
    g.writeNumberField("containment", round(x.containment()));
    g.writeNumberField("containment_a_in_b", round(x.containmentOfA()));
    g.writeNumberField("containment_b_in_a", round(x.containmentOfB()));
    g.writeNumberField("estimated_jaccard", round(r.estimatedJaccard()));
    g.writeNumberField("estimated_containment", round(r.estimated().containment()));
    g.writeNumberField("shared_shingles", x.intersection());
    g.writeNumberField("shingles_a", x.sizeA());
    g.writeNumberField("shingles_b", x.sizeB());
    g.writeNumberField("tokens_a", r.tokensA());
    g.writeNumberField("tokens_b", r.tokensB());
    if (x.passages() != null) {
      g.writeNumberField("passage_a_in_b", round(x.passages().ofA()));
      g.writeNumberField("passage_b_in_a", round(x.passages().ofB()));
    }
    g.writeStringField("verdict", x.verdict());
    g.writeEndObject();
  }

  /** Share of A in passages it shares with B; its containment when passages are not known. */
  private static double passageOfA(PairScores x) {
    return x.passages() == null ? x.containmentOfA() : x.passages().ofA();
  }

  private static double passageOfB(PairScores x) {
    return x.passages() == null ? x.containmentOfB() : x.passages().ofB();
  }

  /** A score rounded to four decimals, as every JSON output of neardup prints scores. */
  public static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
