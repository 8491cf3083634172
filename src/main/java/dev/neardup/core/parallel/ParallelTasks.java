package dev.neardup.core.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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

  /** Tasks one slice of {@link #mapNonNull} runs in turn. */
  private static final int SLICE = 1 << 16;

  /**
   * The non-null results of {@code task(0)} … {@code task(count - 1)}, in task order, on up to
   * {@code threads} threads, without a slot per task: for many tasks of which few have a result (a
   * batch's candidate pairs, of which few verify, were an array of nulls as long as themselves).
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, one per slice
  public static <T> List<T> mapNonNull(int threads, int count, IntFunction<T> task) {
    int slices = Math.max(1, (count + SLICE - 1) / SLICE);
    List<List<T>> parts =
        Arrays.asList(
            map(
                threads,
                slices,
                s -> {
                  List<T> part = new ArrayList<>();
                  for (int i = s * SLICE, end = Math.min(count, i + SLICE); i < end; i++) {
                    T result = task.apply(i);
                    if (result != null) {
                      part.add(result);
                    }
                  }
                  return part;
                },
                List[]::new));
    List<T> out = new ArrayList<>(parts.stream().mapToInt(List::size).sum());
    parts.forEach(out::addAll);
    return Collections.unmodifiableList(out);
  }
}
