package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hostile ids through the real entry point: issue 16, points 5 and 6. */
class TerminalSafetyTest {
  /**
   * Two copies of one story under ids that try to drive the terminal, split lines and run formulas.
   */
  private static String hostileBatch(String idA, String idB) {
    String text = PlantedBatch.generate(1, 0, 3).jsonl().lines().findFirst().orElseThrow();
    String body = text.substring(text.indexOf("\"text\""));
    return "{\"id\":\"" + idA + "\"," + body + "\n{\"id\":\"" + idB + "\"," + body + "\n";
  }

  private static final String ESCAPES = "\\u001b]0;owned\\u0007\\u001b[2J";

  @Test
  void textOutputAndCheckLinesShowControlCharactersEscaped() {
    String batch = hostileBatch(ESCAPES + "a", "b\\nFAKE LINE");
    for (String[] args : new String[][] {{"cluster"}, {"pairs", "-o", "text"}, {"check"}}) {
      CliRun r = CliRun.withStdin(batch, args);
      String shown = r.out() + r.err();
      assertFalse(shown.contains("\u001b") || shown.contains("\u0007"), args[0] + ": " + shown);
      assertTrue(shown.contains("\\x1b]0;owned\\x07\\x1b[2Ja"), args[0] + ": " + shown);
      assertTrue(shown.contains("b\\nFAKE LINE"), args[0] + ": " + shown);
      assertFalse(shown.lines().anyMatch(l -> l.startsWith("FAKE LINE")), shown);
    }
  }

  @Test
  void jsonOutputKeepsIdsWholeAndCsvNeutralisesFormulas() {
    String batch = hostileBatch("=HYPERLINK(\\\"http://x\\\")", "-2+3");
    CliRun csv = CliRun.withStdin(batch, "cluster", "-o", "csv");
    assertTrue(csv.out().contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), csv.out());
    assertTrue(csv.out().contains(",'-2+3,"), csv.out());
    CliRun pairs = CliRun.withStdin(batch, "pairs", "-o", "csv");
    assertTrue(pairs.out().contains("'-2+3"), pairs.out());
    CliRun json = CliRun.withStdin(batch, "cluster", "-o", "jsonl");
    assertTrue(json.out().contains("\"id\":\"=HYPERLINK(\\\"http://x\\\")\""), json.out());
  }

  @Test
  void oneHugeIdDoesNotWidenEveryLineOfTextOutput() {
    String huge = "x".repeat(1_000_000);
    CliRun r = CliRun.withStdin(hostileBatch(huge, "b"), "cluster");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().length() < 1000, "text output of " + r.out().length() + " chars");
    assertTrue(r.out().contains("…"), r.out());
    CliRun json = CliRun.withStdin(hostileBatch(huge, "b"), "cluster", "-o", "jsonl");
    assertTrue(json.out().contains(huge), "JSON keeps the id whole");
  }
}
