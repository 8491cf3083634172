package dev.neardup.io;

/**
 * A file a command reads whole beside its articles (gold labels, sketches) could not be read or
 * holds a bad record. The message is one line naming the file (and line); the command stops with
 * the "inputs unreadable" exit code, as nothing sensible can be computed without the file.
 */
public final class SideInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line, starting with the file (and line) it is about
   */
  public SideInputException(String message) {
    super(message);
  }

  /**
   * @param message one line, starting with the file (and line) it is about
   */
  public SideInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
