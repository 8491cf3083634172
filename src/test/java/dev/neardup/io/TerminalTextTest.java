package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlCharactersAreShownEscapedAndEverythingElseIsKept() {
    assertEquals(
        "\\x1b]0;owned\\x07 \\x1b[2J a\\nb\\r\\t \\x7f \\x9b é 東京",
        TerminalText.escape("\u001b]0;owned\u0007 \u001b[2J a\nb\r\t \u007f \u009b é 東京"));
    assertEquals("plain id", TerminalText.escape("plain id"));
  }

  @Test
  void articleTextKeepsItsLinesAndTabsButNotItsEscapes() {
    assertEquals("one\n\ttwo \\x1b[31m", TerminalText.escapeText("one\n\ttwo \u001b[31m"));
  }

  @Test
  void aLongIdIsCutWithAnEllipsisToTheColumnCap() {
    String cell = TerminalText.cell("x".repeat(5_000_000));
    assertEquals(TerminalText.MAX_COLUMN, cell.length());
    assertTrue(cell.endsWith("…"));
    assertEquals("short", TerminalText.cell("short"));
  }

  @Test
  void csvCellsThatLookLikeFormulasArePrefixedAndQuotedAsNeeded() {
    assertEquals("'=HYPERLINK(1)", CsvCells.of("=HYPERLINK(1)"));
    assertEquals("'+1", CsvCells.of("+1"));
    assertEquals("'-1", CsvCells.of("-1"));
    assertEquals("'@SUM(A1)", CsvCells.of("@SUM(A1)"));
    assertEquals("'\tx", CsvCells.of("\tx"));
    assertEquals("\"'=1,2\"", CsvCells.of("=1,2"));
    assertEquals("a=1", CsvCells.of("a=1"));
  }
}
