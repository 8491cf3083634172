package dev.neardup.cli;

/**
 * Bad usage found while a command runs (an invalid value, an impossible combination, an output that
 * is one of the inputs): exit code {@link ExitCodes#USAGE}. Only this and picocli's own parameter
 * errors mean "bad usage"; any other {@link IllegalArgumentException} reaching the top is a bug
 * (exit {@link ExitCodes#INTERNAL}).
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The same message as {@code e}'s, as bad usage: for a value checked below the command line. */
  static UsageException of(IllegalArgumentException e) {
    return new UsageException(e.getMessage(), e);
  }
}
