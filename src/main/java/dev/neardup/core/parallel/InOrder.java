package dev.neardup.core.parallel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * oldest result. Tasks can be handed over in chunks ({@link #InOrder(int, String, int, Consumer)}):
 * one hand-off between threads per record (a queue lock, a future, often a worker's wake-up) cost
 * as much as reading the record. {@link #drain()} delivers everything given so far, for a caller
 * about to block on a quiet pipe. With one thread, tasks run on the caller's thread as they are
 * given.
 *
 * <p>Not thread-safe: one thread gives tasks and receives results. Exceptions and errors of a task
 * are rethrown on that thread when its result is due ({@link FutureValue}); a task's exception
 * comes after the results of the tasks given before it (an error may take its chunk's results with
 * it).
 *
 * @param <T> what a task returns
 */
public final class InOrder<T> implements AutoCloseable {
  /**
   * Tasks per chunk for per-record stages: 64 articles are a few milliseconds of work, so the
   * hand-off is amortised, and a few thousand in flight hold only a few megabytes of text.
   */
  public static final int DEFAULT_CHUNK = 64;

  /** Chunks in flight per worker thread before giving a task waits. */
  static final int TASKS_PER_THREAD = 16;

  private final ExecutorService pool;
  private final int window;
  private final int chunk;
  private final Consumer<T> sink;
  private final ArrayDeque<Future<Chunk<T>>> pending = new ArrayDeque<>();
  private List<Supplier<T>> gathered = new ArrayList<>();

  /**
   * @param threads worker threads, at least 1 (1 runs every task on the caller's thread)
   * @param name the worker threads' name
   * @param sink receives each result, in the order the tasks were given
   */
  public InOrder(int threads, String name, Consumer<T> sink) {
    this(threads, name, 1, sink);
  }

  /**
   * @param chunk how many tasks a worker is handed at once, at least 1; a chunk is handed over when
   *     it is full or at {@link #drain()}
   */
  public InOrder(int threads, String name, int chunk, Consumer<T> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be at least 1: " + chunk);
    }
    this.pool = threads > 1 ? DaemonWorkers.start(threads, name) : null;
    this.window = TASKS_PER_THREAD * threads;
    this.chunk = chunk;
    this.sink = sink;
  }

  /**
   * Runs {@code task}, or gathers it into the next chunk; delivers the results that are ready (and,
   * past the window, waits).
   */
  public void submit(Supplier<T> task) {
    if (pool == null) {
      sink.accept(task.get());
      return;
    }
    gathered.add(task);
    if (gathered.size() < chunk) {
      return;
    }
    handOver();
    while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > window)) {
      deliver(pending.poll());
    }
  }

  /** Delivers every result not yet delivered, waiting for those still running. */
  public void drain() {
    if (!gathered.isEmpty()) {
      handOver();
    }
    while (!pending.isEmpty()) {
      deliver(pending.poll());
    }
  }

  private void handOver() {
    List<Supplier<T>> tasks = gathered;
    gathered = new ArrayList<>(chunk);
    pending.add(pool.submit(() -> Chunk.run(tasks)));
  }

  private void deliver(Future<Chunk<T>> future) {
    Chunk<T> done = FutureValue.of(future);
    done.results().forEach(sink);
    if (done.failure() != null) {
      throw done.failure();
    }
  }

  /**
   * The results of a chunk's tasks up to the first that failed, and how it failed (null: none did),
   * so the tasks before it are still delivered first.
   */
  private record Chunk<T>(List<T> results, RuntimeException failure) {
    static <T> Chunk<T> run(List<Supplier<T>> tasks) {
      List<T> results = new ArrayList<>(tasks.size());
      for (Supplier<T> task : tasks) {
        try {
          results.add(task.get());
        } catch (RuntimeException e) {
          return new Chunk<>(results, e);
        }
      }
      return new Chunk<>(results, null);
    }
  }

  /** Stops the workers; results not yet delivered are dropped. */
  @Override
  public void close() {
    pending.clear();
    gathered.clear();
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
