package dev.neardup.core.parallel;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs {@code count} independent tasks on a pool of its own, each writing its own result slot, so
 * results are in task order whatever the scheduling. A private pool keeps the caller's thread count
 * exact (the common pool would not) and is shut down when the tasks are done.
 */
public final class ParallelTasks {
  private ParallelTasks() {}

  /** Results of {@code task(0)} … {@code task(count - 1)}, on up to {@code threads} threads. */
  public static <T> T[] map(
      int threads, int count, IntFunction<T> task, IntFunction<T[]> newArray) {
    T[] out = newArray.apply(count);
    if (threads == 1 || count <= 1) {
      for (int i = 0; i < count; i++) {
        out[i] = task.apply(i);
      }
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> out[i] = task.apply(i)))
          .join();
    } finally {
      pool.shutdown();
    }
    return out;
  }
}
