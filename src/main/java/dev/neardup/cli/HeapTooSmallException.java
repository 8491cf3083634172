package dev.neardup.cli;

/** The batch will not fit the JVM's heap; the message says how much it needs (exit 70). */
final class HeapTooSmallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HeapTooSmallException(String message) {
    super(message, null, false, false);
  }
}
