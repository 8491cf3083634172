package dev.neardup.store;

/**
 * An index could not be read or written (disk full, file damaged, I/O error). The message names the
 * file and SQLite's reason.
 */
public final class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
