package dev.neardup.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.neardup.core.verify.Measure;
import dev.neardup.core.verify.PairScores;
import dev.neardup.query.IndexQuery;
import dev.neardup.store.IndexMatcher.Match;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the results of looking articles up in an index ({@code query}): JSON Lines, one object per
 * input article with its matches; CSV, one row per match (and one without a match for an article
 * that has none); or aligned text. Ids are made safe for a terminal (text) and for spreadsheets
 * (CSV).
 */
public final class MatchWriter {
  private final OutputFormat format;
  private final String measure;
  private final boolean withTexts;

  /**
   * @param withTexts whether indexed texts were given, so text output says which scores are exact
   */
  public MatchWriter(OutputFormat format, Measure measure, boolean withTexts) {
    this.format = Objects.requireNonNull(format, "format");
    this.measure = measure.label();
    this.withTexts = withTexts;
  }

  /** The CSV header row; nothing for the other formats. */
  public void header(PrintWriter out) {
    if (format == OutputFormat.CSV) {
      out.println(
          "id,match,measure,score,jaccard,containment,containment_a_in_b,containment_b_in_a,tokens,"
              + "match_tokens,indexed,estimated");
    }
  }

  /** Writes one input article's result: a JSON line, CSV rows (one per match) or text lines. */
  public void write(IndexQuery.Result r, PrintWriter out) {
    switch (format) {
      case JSONL -> writeJsonLine(r, out);
      case CSV -> writeCsv(r, out);
      case TEXT -> writeText(r, out);
      default -> throw new IllegalStateException("query does not write " + format);
    }
  }

  private void writeJsonLine(IndexQuery.Result r, PrintWriter out) {
    try {
      try (JsonGenerator g = JsonOutput.generator(out)) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeCsv(IndexQuery.Result r, PrintWriter out) {
    String id = CsvCells.of(r.sketch().id());
    if (r.matches().isEmpty()) {
      out.println(
          id
              + ",,"
              + measure
              + ",,,,,,"
              + r.sketch().tokenCount()
              + ",,"
              + r.indexed()
              + ","
              + r.estimated());
    }
    for (Match m : r.matches()) {
      PairScores s = m.scores();
      out.println(
          String.join(
              ",",
              id,
              CsvCells.of(m.id()),
              measure,
              f(m.score()),
              f(s.jaccard()),
              f(s.containment()),
              f(s.containmentOfA()),
              f(s.containmentOfB()),
              Integer.toString(r.sketch().tokenCount()),
              Integer.toString(m.tokens()),
              Boolean.toString(r.indexed()),
              Boolean.toString(m.estimated())));
    }
  }

  private void writeText(IndexQuery.Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s  %d words%s: %s%n",
        TerminalText.cell(r.sketch().id()),
        r.sketch().tokenCount(),
        r.indexed() ? ", already indexed" : "",
        r.matches().isEmpty()
            ? "no duplicates"
            : r.matches().size()
                + " indexed duplicate"
                + (r.matches().size() == 1 ? "" : "s")
                + " ("
                + kinds(r.matches())
                + " scores)");
    for (Match m : r.matches()) {
      out.printf(
          Locale.ROOT,
          "  %-30s %5d words  %s %s  jaccard %s%s%n",
          TerminalText.cell(m.id()),
          m.tokens(),
          measure,
          f(m.score()),
          f(m.scores().jaccard()),
          !withTexts ? "" : m.estimated() ? "  estimated" : "  exact");
    }
  }

  /** "estimated", "exact", or "exact and estimated" for a mix. */
  private static String kinds(List<Match> matches) {
    boolean exact = matches.stream().anyMatch(m -> !m.estimated());
    boolean estimated = matches.stream().anyMatch(Match::estimated);
    return exact && estimated ? "exact and estimated" : exact ? "exact" : "estimated";
  }

  /**
   * The measure, scores and estimated flag of {@code m}, as query output and check reports print
   * them.
   */
  public static void writeScores(JsonGenerator g, String measure, Match m) throws IOException {
    PairScores s = m.scores();
    g.writeStringField("measure", measure);
    g.writeNumberField("score", PairWriter.round(m.score()));
    g.writeNumberField("jaccard", PairWriter.round(s.jaccard()));
    g.writeNumberField("containment", PairWriter.round(s.containment()));
    g.writeNumberField("containment_a_in_b", PairWriter.round(s.containmentOfA()));
    g.writeNumberField("containment_b_in_a", PairWriter.round(s.containmentOfB()));
    g.writeBooleanField("estimated", m.estimated());
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
