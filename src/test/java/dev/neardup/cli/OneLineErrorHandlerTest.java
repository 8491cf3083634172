package dev.neardup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    IllegalArgumentException selfSuppression = new IllegalArgumentException("Self-suppression not permitted", oom);
    assertEquals("neardup: " + OneLineErrorHandler.OUT_OF_MEMORY, handle(selfSuppression, ExitCodes.INTERNAL));
    assertEquals(ExitCodes.INTERNAL, OneLineErrorHandler.exitCode(selfSuppression));
  }

  @Test
  void otherErrorsKeepTheirMessageAndCode() {
    assertEquals("neardup: bad value", handle(new IllegalArgumentException("bad value"), ExitCodes.USAGE));
    assertEquals("neardup: IllegalStateException", handle(new IllegalStateException(), ExitCodes.INTERNAL));
  }
}
