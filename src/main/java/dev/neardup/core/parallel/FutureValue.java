package dev.neardup.core.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The value of a task run on a worker thread, with the task's own exception or error rethrown as if
 * the task had run on the caller's thread (so an out-of-memory error stays one, for the CLI's
 * one-line message), not wrapped in an {@link ExecutionException}.
 */
public final class FutureValue {
  private FutureValue() {}

  /** Waits for {@code future} and returns its value. */
  public static <T> T of(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
