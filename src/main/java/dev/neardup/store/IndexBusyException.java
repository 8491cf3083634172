package dev.neardup.store;

/**
 * Another process held the index's write lock for longer than the busy timeout. Nothing was written
 * by the failed call; the index is intact and the call can be retried.
 */
public final class IndexBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
