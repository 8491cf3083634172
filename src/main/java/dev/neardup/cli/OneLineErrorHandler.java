package dev.neardup.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any exception escaping a command into one line on stderr and an exit code, never a trace. */
final class OneLineErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    if (e instanceof UncheckedIOException io && io.getCause() != null) {
      message = io.getCause().getMessage();
    }
    cli.getErr().println("neardup: " + message);
    cli.getErr().flush();
    return exitCode(e);
  }

  static int exitCode(Throwable e) {
    if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL;
  }
}
