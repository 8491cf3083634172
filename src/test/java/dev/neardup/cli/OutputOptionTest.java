package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputOptionTest {
  @TempDir Path dir;

  @Test
  void aFormatTheCommandDoesNotWriteIsAUsageErrorListingTheOnesItDoes() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), "one story about a harbour bridge that reopened today");
    CliRun r = CliRun.run("extract", "-o", "csv", a.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(
        r.err()
            .startsWith(
                "Invalid value for option '--output': expected one of [TEXT, JSONL]"
                    + " (case-insensitive) but was 'csv'"),
        r.err());
  }

  @Test
  void theFormatIsMatchedWithoutRegardToCaseAndEachCommandHasItsOwnDefault() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), "one story about a harbour bridge that reopened today");
    CliRun upper = CliRun.run("extract", "--output", "TEXT", a.toString());
    CliRun lower = CliRun.run("extract", "--output", "text", a.toString());
    CliRun fallback = CliRun.run("extract", a.toString());
    assertEquals(0, upper.code(), upper.err());
    assertEquals(lower.out(), upper.out());
    assertTrue(
        fallback.out().startsWith("{"), "extract writes jsonl by default: " + fallback.out());
  }

  @Test
  void theHelpNamesTheCommandsFormatsWithItsDefaultFirst() {
    assertTrue(
        CliRun.run("tune", "--help").out().contains("text or csv (all rows). Default: text."));
    assertTrue(CliRun.run("pairs", "--help").out().contains("jsonl, csv or text. Default: jsonl."));
  }
}
