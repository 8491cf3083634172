package dev.neardup.cli;

import dev.neardup.io.OutputException;
import dev.neardup.io.TerminalText;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception escaping a command into one line on stderr and an exit code, never a trace.
 */
final class OneLineErrorHandler implements IExecutionExceptionHandler {
  /** What to do when the heap runs out; the default heap is a quarter of the machine's memory. */
  static final String OUT_OF_MEMORY =
      "out of memory; give the JVM more heap, e.g. NEARDUP_JAVA_OPTS=-Xmx8g ./neardup ...";

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (causedByOutOfMemory(e)) {
      // Running out of memory inside try-with-resources surfaces as "Self-suppression not
      // permitted" (the same error added to itself), which names neither the cause nor the cure.
      cli.getErr().println("neardup: " + OUT_OF_MEMORY);
      cli.getErr().flush();
      return ExitCodes.INTERNAL;
    }
    if (e instanceof OutputException output && output.brokenPipe()) {
      // Whoever read the output has all they wanted (head, less): nothing to report.
      return ExitCodes.BROKEN_PIPE;
    }
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      message = io.getCause().getMessage();
    }
    cli.getErr().println("neardup: " + TerminalText.escape(message));
    cli.getErr().flush();
    return ExitCodeMapper.of(e);
  }

  static boolean causedByOutOfMemory(Throwable e) {
    // Bounded, because a chain of causes may loop back on itself.
    int depth = 0;
    for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
