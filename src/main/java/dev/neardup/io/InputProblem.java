package dev.neardup.io;

import java.util.Objects;

/**
 * Something wrong with one input, or one line of it, that {@link ArticleReader} skipped past.
 *
 * @param severity whether anything was lost: {@link Severity#ERROR} means an input or record could
 *     not be read
 * @param source the file as the user would recognise it, or {@code -} for standard input
 * @param line 1-based line number within {@code source}, or 0 when the problem concerns the whole
 *     input
 * @param message what is wrong, without the source
 */
public record InputProblem(Severity severity, String source, long line, String message) {

  /** How bad a problem is. */
  public enum Severity {
    /** The input was read, but not exactly as written (or an empty article was dropped). */
    WARNING,
    /** An input or a record could not be read and is missing from the results. */
    ERROR
  }

  /**
   * @throws NullPointerException if any reference argument is null
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public InputProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative, got " + line);
    }
  }

  /**
   * {@code source:line: message}, or {@code source: message} when {@code line} is 0; always one
   * line, because parser messages and file names may carry line breaks and the CLI prints one
   * problem per line; control characters are escaped ({@link TerminalText}) so a hostile file name
   * cannot drive the terminal.
   */
  public String render() {
    String where = line == 0 ? source : source + ":" + line;
    // A parser's message may wrap; a file name's line break is shown escaped, as its other control
    // characters are.
    return TerminalText.escape(where) + ": " + TerminalText.escape(message.replaceAll("\\R", " "));
  }
}
