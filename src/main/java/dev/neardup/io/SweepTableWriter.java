package dev.neardup.io;

import dev.neardup.core.Settings;
import dev.neardup.eval.MetricScores;
import dev.neardup.eval.ParameterSweep;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes the tables of a parameter sweep ({@code tune}): one row per setting with its pair, B-cubed
 * and adjusted Rand scores (and, for a sweep over several sets, the worst set's and each set's), as
 * CSV with every row or as aligned text with the top rows.
 */
public final class SweepTableWriter {
  private static final String SETTINGS_COLUMNS =
      "shingle,size,sample,permutations,lsh_threshold,measure,threshold,linkage";

  /** A sweep row's columns after the settings' (per set in a sweep over several). */
  private static final List<String> SCORE_COLUMNS =
      List.of(
          "candidates",
          "pair_precision",
          "pair_recall",
          "pair_f1",
          "bcubed_precision",
          "bcubed_recall",
          "bcubed_f1",
          "ari");

  /** The text tables' first columns: the settings that vary in a sweep. */
  private static final String TEXT_HEAD =
      String.format(
          Locale.ROOT,
          "%-9s %5s %-12s %9s %-7s",
          "shingle",
          "perms",
          "measure",
          "threshold",
          "linkage");

  private final OutputFormat format;
  private final int top;

  /**
   * @param format {@link OutputFormat#TEXT} or {@link OutputFormat#CSV}
   * @param top rows of the text table (0 = all); CSV has every row
   */
  public SweepTableWriter(OutputFormat format, int top) {
    this.format = Objects.requireNonNull(format, "format");
    this.top = top;
  }

  /** The single-set table, best first: every row as CSV, or the top rows as text. */
  public void write(List<ParameterSweep.Row> ranked, PrintWriter out) {
    if (format == OutputFormat.CSV) {
      writeCsv(ranked, out);
    } else {
      writeText(ranked, out);
    }
  }

  private static void writeCsv(List<ParameterSweep.Row> ranked, PrintWriter out) {
    out.println(SETTINGS_COLUMNS + "," + String.join(",", SCORE_COLUMNS));
    for (ParameterSweep.Row r : ranked) {
      out.println(settingsCsv(r.settings()) + scoresCsv(r));
    }
  }

  private void writeText(List<ParameterSweep.Row> ranked, PrintWriter out) {
    out.println(
        TEXT_HEAD
            + String.format(
                Locale.ROOT,
                " %10s %7s %7s %7s %7s",
                "candidates",
                "pairP",
                "pairR",
                "pairF1",
                "ARI"));
    for (ParameterSweep.Row r : top(ranked)) {
      MetricScores m = r.scores();
      out.println(
          settingsText(r.settings())
              + String.format(
                  Locale.ROOT,
                  " %10d %7.4f %7.4f %7.4f %7.4f",
                  r.candidates(),
                  m.pairPrecision(),
                  m.pairRecall(),
                  m.pairF1(),
                  m.adjustedRand()));
    }
  }

  /**
   * The table of a sweep over several sets, ranked by the worst set: every row as CSV, or the
   * legend and the top rows as text.
   *
   * @param names the sets' short names (their column prefixes), in the order of each row's sets
   * @param legend a line per set saying what it is, printed above the text table
   */
  public void writeSets(
      List<String> names,
      List<String> legend,
      List<ParameterSweep.SetsRow> ranked,
      PrintWriter out) {
    if (format == OutputFormat.CSV) {
      writeSetsCsv(names, ranked, out);
    } else {
      legend.forEach(out::println);
      writeSetsText(names, ranked, out);
    }
  }

  private static void writeSetsCsv(
      List<String> names, List<ParameterSweep.SetsRow> ranked, PrintWriter out) {
    StringBuilder header =
        new StringBuilder(
            SETTINGS_COLUMNS + ",worst_pair_precision,worst_pair_recall,worst_pair_f1");
    for (String name : names) {
      for (String column : SCORE_COLUMNS) {
        header.append(',').append(name).append('_').append(column);
      }
    }
    out.println(header);
    for (ParameterSweep.SetsRow r : ranked) {
      StringBuilder line =
          new StringBuilder(settingsCsv(r.settings()))
              .append(
                  String.format(
                      Locale.ROOT,
                      ",%.4f,%.4f,%.4f",
                      r.worstPrecision(),
                      r.worstRecall(),
                      r.worstF1()));
      for (ParameterSweep.Row set : r.perSet()) {
        line.append(scoresCsv(set));
      }
      out.println(line);
    }
  }

  private void writeSetsText(
      List<String> names, List<ParameterSweep.SetsRow> ranked, PrintWriter out) {
    StringBuilder header =
        new StringBuilder(TEXT_HEAD)
            .append(String.format(Locale.ROOT, " %7s %7s %7s", "worstP", "worstR", "worstF1"));
    for (String name : names) {
      header.append(
          String.format(Locale.ROOT, "  %7s %7s %7s", name + ".P", name + ".R", name + ".F1"));
    }
    out.println(header);
    for (ParameterSweep.SetsRow r : top(ranked)) {
      StringBuilder line =
          new StringBuilder(settingsText(r.settings()))
              .append(
                  String.format(
                      Locale.ROOT,
                      " %7.4f %7.4f %7.4f",
                      r.worstPrecision(),
                      r.worstRecall(),
                      r.worstF1()));
      for (ParameterSweep.Row set : r.perSet()) {
        MetricScores m = set.scores();
        line.append(
            String.format(
                Locale.ROOT, "  %7.4f %7.4f %7.4f", m.pairPrecision(), m.pairRecall(), m.pairF1()));
      }
      out.println(line);
    }
  }

  /** A setting's CSV cells: every option that shapes it, the LSH level included. */
  private static String settingsCsv(Settings s) {
    return String.format(
        Locale.ROOT,
        "%s,%d,%d,%d,%s,%s,%s,%s",
        s.shingleKind().name().toLowerCase(Locale.ROOT),
        s.shingleSize(),
        s.sampling(),
        s.permutations(),
        SettingsText.number(s.lshThreshold()),
        s.measure().label(),
        SettingsText.number(s.threshold()),
        s.linkage().label());
  }

  /** A row's candidates and scores as CSV cells, each after a comma. */
  private static String scoresCsv(ParameterSweep.Row r) {
    MetricScores m = r.scores();
    return String.format(
        Locale.ROOT,
        ",%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f",
        r.candidates(),
        m.pairPrecision(),
        m.pairRecall(),
        m.pairF1(),
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1(),
        m.adjustedRand());
  }

  /** A setting's text cells, under {@link #TEXT_HEAD}. */
  private static String settingsText(Settings s) {
    return String.format(
        Locale.ROOT,
        "%-9s %5d %-12s %9s %-7s",
        s.shingler().describe(),
        s.permutations(),
        s.measure().label(),
        SettingsText.number(s.threshold()),
        s.linkage().label());
  }

  private <T> List<T> top(List<T> ranked) {
    return top == 0 ? ranked : ranked.subList(0, Math.min(top, ranked.size()));
  }
}
