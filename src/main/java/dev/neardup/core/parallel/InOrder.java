package dev.neardup.core.parallel;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tasks run on worker threads while their results reach one consumer in the order the tasks were
 * given: a stream's records fingerprinted in parallel and written in input order.
 *
 * <p>Why: a per-record stage (sign, then write one line) on the reading thread leaves every other
 * core idle, and collecting the whole stream first would hold it all in memory. At most a window of
 * {@value #TASKS_PER_THREAD} tasks per thread is in flight; past it, giving a task waits for the
 * oldest result. {@link #drain()} delivers everything given so far, for a caller about to block on
 * a quiet pipe. With one thread, tasks run on the caller's thread as they are given.
 *
 * <p>Not thread-safe: one thread gives tasks and receives results. Exceptions and errors of a task
 * are rethrown on that thread when its result is due ({@link FutureValue}).
 *
 * @param <T> what a task returns
 */
public final class InOrder<T> implements AutoCloseable {
  /** Results in flight per worker thread before giving a task waits. */
  static final int TASKS_PER_THREAD = 16;

  private final ExecutorService pool;
  private final int window;
  private final Consumer<T> sink;
  private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

  /**
   * @param threads worker threads, at least 1 (1 runs every task on the caller's thread)
   * @param name the worker threads' name
   * @param sink receives each result, in the order the tasks were given
   */
  public InOrder(int threads, String name, Consumer<T> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.pool = threads > 1 ? DaemonWorkers.start(threads, name) : null;
    this.window = TASKS_PER_THREAD * threads;
    this.sink = sink;
  }

  /** Runs {@code task}; delivers the results that are ready (and, past the window, waits). */
  public void submit(Supplier<T> task) {
    if (pool == null) {
      sink.accept(task.get());
      return;
    }
    pending.add(pool.submit(task::get));
    while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > window)) {
      sink.accept(FutureValue.of(pending.poll()));
    }
  }

  /** Delivers every result not yet delivered, waiting for those still running. */
  public void drain() {
    while (!pending.isEmpty()) {
      sink.accept(FutureValue.of(pending.poll()));
    }
  }

  /** Stops the workers; results not yet delivered are dropped. */
  @Override
  public void close() {
    pending.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
