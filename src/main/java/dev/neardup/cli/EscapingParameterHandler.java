package dev.neardup.cli;

import dev.neardup.io.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a command-line error as picocli does (the message, then suggestions or the usage) but with
 * control characters in the message escaped: picocli quotes the offending argument, and an argument
 * holding ESC or a newline must not drive the terminal or forge lines on stderr.
 */
final class EscapingParameterHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(
        cli.getColorScheme().errorText(TerminalText.escape(String.valueOf(ex.getMessage()))));
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      ex.getCommandLine().usage(err, cli.getColorScheme());
    }
    return ExitCodeMapper.of(ex);
  }
}
