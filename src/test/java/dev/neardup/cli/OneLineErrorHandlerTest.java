package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OneLineErrorHandlerTest {
  private static String handle(Exception e, int expectedCode) {
    CommandLine cli = Main.commandLine(new ByteArrayInputStream(new byte[0]));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertEquals(expectedCode, new OneLineErrorHandler().handleExecutionException(e, cli, null));
    return err.toString().strip();
  }

  @Test
  void runningOutOfMemoryInsideTryWithResourcesSaysSoAndNotSelfSuppression() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    IllegalArgumentException selfSuppression =
        new IllegalArgumentException("Self-suppression not permitted", oom);
    assertEquals(
        "neardup: " + OneLineErrorHandler.OUT_OF_MEMORY,
        handle(selfSuppression, ExitCodes.INTERNAL));
    assertEquals(ExitCodes.INTERNAL, ExitCodeMapper.of(selfSuppression));
  }

  @Test
  void otherErrorsKeepTheirMessageAndCode() {
    assertEquals("neardup: bad value", handle(new UsageException("bad value"), ExitCodes.USAGE));
    assertEquals(
        "neardup: IllegalStateException", handle(new IllegalStateException(), ExitCodes.INTERNAL));
  }

  @Test
  void anIllegalArgumentFromBelowTheCommandLineIsABugNotBadUsage() {
    assertEquals(
        "neardup: internal invariant",
        handle(new IllegalArgumentException("internal invariant"), ExitCodes.INTERNAL));
  }

  @Test
  void controlCharactersInAMessageAreShownEscaped() {
    assertEquals(
        "neardup: no article with id \\x1b]0;owned\\x07\\nx",
        handle(new UsageException("no article with id \u001b]0;owned\u0007\nx"), ExitCodes.USAGE));
  }

  @Test
  void controlCharactersInPicocliOwnParseErrorsAreShownEscaped() {
    CliRun r = CliRun.run("cluster", "--no-such\u001b[2J\nneardup: forged", "samples");
    assertEquals(ExitCodes.USAGE, r.code());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertFalse(r.err().contains("\nneardup: forged"), r.err());
    assertTrue(
        r.err().startsWith("Unknown option: '--no-such\\x1b[2J\\nneardup: forged'"), r.err());
  }

  @Test
  void outOfRangeThreadsAndArticleLimitsAreOneLineUsageErrors() {
    CliRun threads = CliRun.run("cluster", "--threads", "32768", "samples");
    assertEquals(ExitCodes.USAGE, threads.code(), threads.err());
    assertEquals("neardup: --threads must be in [1, 4096]: 32768", threads.err().strip());
    CliRun tune = CliRun.run("tune", "--threads", "0", "--gold", "x", "samples");
    assertEquals("neardup: --threads must be in [1, 4096]: 0", tune.err().strip());
    CliRun limit = CliRun.run("cluster", "--max-article-mib", "-1", "samples");
    assertEquals(ExitCodes.USAGE, limit.code(), limit.err());
    assertEquals("neardup: --max-article-mib must be in [1, 2047]: -1", limit.err().strip());
  }
}
