package dev.neardup.cli;

import dev.neardup.io.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The stderr summary of {@code check} and {@code check --against}: an OK or FAIL line, the first
 * {@value #LISTED_PAIRS} duplicate pairs, and a line when some inputs could not be read.
 */
final class CheckSummary {
  static final int LISTED_PAIRS = 10;

  private CheckSummary() {}

  /**
   * @param counts what was found, in words (escaped here: it may name a file)
   * @param pairs the duplicate pairs, of which the first few are listed
   * @param line one pair's line, ids already made safe for a terminal
   * @param hasReport whether a --report is written (which lists every pair)
   * @param code the exit code the check returns
   */
  static <P> void print(
      PrintWriter err,
      boolean duplicates,
      String counts,
      int allow,
      List<P> pairs,
      Function<P, String> line,
      boolean hasReport,
      int code) {
    err.println(
        "neardup check: "
            + (duplicates ? "FAIL: " : "OK: ")
            + TerminalText.escape(counts)
            + (allow > 0 ? ", " + allow + " allowed" : ""));
    for (int i = 0; i < Math.min(LISTED_PAIRS, pairs.size()); i++) {
      err.println(line.apply(pairs.get(i)));
    }
    if (pairs.size() > LISTED_PAIRS) {
      err.println(
          "  ... and "
              + (pairs.size() - LISTED_PAIRS)
              + " more"
              + (hasReport ? "" : " (see --report)"));
    }
    if (code == ExitCodes.INPUT_ERRORS) {
      err.println("neardup check: some inputs could not be read (exit 3)");
    }
  }
}
